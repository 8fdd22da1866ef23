import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/i18n';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** The package's data as nested fields, named as the specification asked for them. */
export function RequestedData({ value }: { value: unknown }) {
  const { i18n } = useTranslation();
  if (value === null || value === undefined || value === '') return <span className="empty-value">–</span>;
  if (Array.isArray(value)) {
    return (
      <ol className="requested-list">
        {value.map((v, i) => (
          <li key={i}>
            <RequestedData value={v} />
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
            <dt>{key}</dt>
            <dd>
              <RequestedData value={v} />
            </dd>
          </div>
        ))}
      </dl>
    );
  }
  if (typeof value === 'string' && ISO_INSTANT.test(value))
    return <time dateTime={value}>{formatDateTime(value, i18n.language)}</time>;
  return <span>{String(value)}</span>;
}
