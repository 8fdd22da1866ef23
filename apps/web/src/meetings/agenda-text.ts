import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { formatDay } from '../coach/dates';
import { useDirectory } from '../graphql/directory';
import type { AgendaSourceKind } from '../graphql/generated/graphql';
import { AGENDA_SOURCES } from './operations';

interface Item {
  sourceKind: AgendaSourceKind;
  sourceId?: string | null;
  title: string;
  detail?: string | null;
}

/**
 * An agenda item as the reader says it: the project, complaint or report it points at, named from
 * the directory. Other business is shown as the coach wrote it. `sources` are what the items point at.
 */
export function useAgendaText(heldOn: string) {
  const { t, i18n } = useTranslation();
  const directory = useDirectory();
  const yearBefore = `${Number(heldOn.slice(0, 4)) - 1}${heldOn.slice(4)}`;
  const [{ data }] = useQuery({ query: AGENDA_SOURCES, variables: { from: yearBefore, to: heldOn } });
  const day = (d: string) => formatDay(d, i18n.language);
  const links = (ids: string[]) => ids.map(directory.careLink).join(', ');
  const describe = (item: Item): { title: string; detail?: string | null } => {
    if (item.sourceKind === 'PROJECT') {
      const project = data?.improvementProjects.find((p) => p.projectId === item.sourceId);
      if (!project) return item;
      const latest = [...project.cycles].sort((a, b) => b.number - a.number)[0];
      return {
        title: t('meetings.items.project', { title: project.title }),
        detail: latest
          ? t('meetings.items.cycle', {
              number: latest.number,
              change: latest.change,
              act: latest.act ? t(`improvement.pdsa.acts.${latest.act}`) : t('improvement.pdsa.ongoing'),
            })
          : t('meetings.items.noCycle'),
      };
    }
    if (item.sourceKind === 'COMPLAINT') {
      const complaint = data?.complaints.find((c) => c.complaintId === item.sourceId);
      if (!complaint) return item;
      return {
        title: t('meetings.items.complaint', { day: day(complaint.receivedOn), summary: complaint.summary }),
        detail: [
          complaint.awaitingAnswerFrom.length
            ? t('complaints.missingAnswers', { links: links(complaint.awaitingAnswerFrom) })
            : t('meetings.items.allAnswered'),
          complaint.feedback ? t('meetings.items.feedbackGiven') : t('complaints.missingFeedback'),
          ...(complaint.projectId
            ? [t('meetings.items.takenUpBy', { title: projectTitle(complaint.projectId) })]
            : []),
        ].join('; '),
      };
    }
    if (item.sourceKind === 'BREAKDOWN_REPORT') {
      const report = data?.cooperationBreakdowns.find((r) => r.reportId === item.sourceId);
      if (!report) return item;
      return {
        title: t('meetings.items.breakdown', {
          day: day(report.occurredOn),
          links: links(report.careLinkIds),
        }),
        detail: [
          report.whatHappened,
          report.projectId
            ? t('meetings.items.takenUp')
            : report.feedback
              ? t('meetings.items.fedBack')
              : t('meetings.items.notYet'),
        ].join('; '),
      };
    }
    return item;
  };
  const projectTitle = (projectId: string) =>
    data?.improvementProjects.find((p) => p.projectId === projectId)?.title ?? t('meetings.items.aProject');
  return { describe, sources: data };
}
