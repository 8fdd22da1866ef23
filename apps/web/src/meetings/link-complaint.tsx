import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSave } from '../coach/save';
import { ProjectSelect } from '../improvement/project-select';
import { LINK_COMPLAINT } from './operations';

/**
 * Takes a complaint on the agenda up into improvement work: the meeting it was raised at and,
 * when one fits, the project that will act on it. The complaints line then sees where it went.
 */
export function LinkComplaint({
  complaintId,
  meetingName,
  projects,
  linkedProjectId,
  onSaved,
}: {
  complaintId: string;
  meetingName: string;
  projects: { projectId: string; title: string }[];
  linkedProjectId?: string | null;
  onSaved(): void;
}) {
  const { t } = useTranslation();
  const [projectId, setProjectId] = useState(linkedProjectId ?? '');
  const link = useSave(LINK_COMPLAINT);
  const send = async () => {
    if (await link.run({ complaintId, improvementMeeting: meetingName, projectId: projectId || null }))
      onSaved();
  };
  const id = `link-${complaintId}`;
  // Not a form: it sits inside the minutes form, and forms do not nest.
  return (
    <div className="no-print inline-form" role="group" aria-label={t('meetings.linkComplaint')}>
      <ProjectSelect
        id={id}
        label={t('meetings.linkProject')}
        none={t('meetings.noProject')}
        projects={projects}
        value={projectId}
        onChange={setProjectId}
      />
      <button type="button" onClick={() => void send()} disabled={link.fetching}>
        {t('meetings.linkComplaint')}
      </button>
      {link.status}
    </div>
  );
}
