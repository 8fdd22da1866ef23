import { useTranslation } from 'react-i18next';
import { CareLinkLabel } from '../layout/care-link-label';
import { formatDateTime } from '../i18n/i18n';
import { Empty } from '../layout/states';

export interface TimelineEntry {
  eventId: string;
  type: string;
  occurredAt: string;
  careLinkId: string;
}

/**
 * The journey in the reader's language: each entry is told from its event type and the care link
 * that reported it, at read time, not from the English sentence the read model stores.
 */
export function Timeline({ entries }: { entries: readonly TimelineEntry[] }) {
  const { t, i18n } = useTranslation();
  if (entries.length === 0) return <Empty>{t('patient.timelineEmpty')}</Empty>;
  return (
    <ol className="timeline">
      {entries.map((e) => (
        <li key={e.eventId} className={`event ${e.type}`}>
          <time dateTime={e.occurredAt}>{formatDateTime(e.occurredAt, i18n.language)}</time>
          <span className="event-summary">
            {t(`timeline.${e.type}`, { defaultValue: t('timeline.other') })}
          </span>
          <span className="event-link">
            <CareLinkLabel id={e.careLinkId} />
          </span>
        </li>
      ))}
    </ol>
  );
}
