import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSave } from '../coach/save';
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
      <label htmlFor={id}>{t('meetings.linkProject')}</label>
      <select id={id} value={projectId} onChange={(e) => setProjectId(e.target.value)}>
        <option value="">{t('meetings.noProject')}</option>
        {projects.map((p) => (
          <option key={p.projectId} value={p.projectId}>
            {p.title}
          </option>
        ))}
      </select>
      <button type="button" onClick={() => void send()} disabled={link.fetching}>
        {t('meetings.linkComplaint')}
      </button>
      {link.status}
    </div>
  );
}
