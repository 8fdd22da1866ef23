import { useTranslation } from 'react-i18next';
import { useDirectory } from '../graphql/directory';
import { formatDateTime } from '../i18n/i18n';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A record field's label in the reader's language; a field without one keeps its name. */
export function useFieldLabel() {
  const { t } = useTranslation();
  return (key: string) => t(`handoverFields.${key}`, { defaultValue: key });
}

/** A requested-but-empty path (`patient.stay.medicallyReadySince`) as labels. */
export function useFieldPath() {
  const label = useFieldLabel();
  return (path: string) => path.split('.').map(label).join(' › ');
}

/** The package's data as nested fields, in the order and shape the specification asked for them, with labels. */
export function RequestedData({ value, field }: { value: unknown; field?: string }) {
  const { t, i18n } = useTranslation();
  const directory = useDirectory();
  const label = useFieldLabel();
  if (value === null || value === undefined || value === '') return <span className="empty-value">–</span>;
  if (Array.isArray(value)) {
    return (
      <ol className="requested-list">
        {value.map((v, i) => (
          <li key={i}>
            <RequestedData value={v} field={field === 'careLinkIds' ? 'careLinkId' : undefined} />
          </li>
        ))}
      </ol>
    );
  }
  if (typeof value === 'object') {
    return (
      <dl className="requested">
        {Object.entries(value as Record<string, unknown>).map(([key, v]) => (
          <div key={key}>
            <dt>{label(key)}</dt>
            <dd>
              <RequestedData value={v} field={key} />
            </dd>
          </div>
        ))}
      </dl>
    );
  }
  if (typeof value === 'string') {
    if (field && /careLinkId$/i.test(field)) return <span>{directory.careLink(value)}</span>;
    if (field === 'dischargeDelayCause' || field === 'cause')
      return <span>{t(`causes.${value}`, { defaultValue: value })}</span>;
    if (field === 'available')
      return <span>{t(`carePlan.available.${value}`, { defaultValue: value })}</span>;
    if (field === 'type') return <span>{t(`timeline.${value}`, { defaultValue: value })}</span>;
    if (field === 'status') return <span>{t(`patient.status.${value}`, { defaultValue: value })}</span>;
    if (ISO_INSTANT.test(value)) return <time dateTime={value}>{formatDateTime(value, i18n.language)}</time>;
  }
  return <span>{String(value)}</span>;
}
