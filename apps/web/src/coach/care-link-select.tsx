import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { DIRECTORY_QUERY } from '../graphql/directory';

const name = (l: { name: string; hospital?: string | null }) =>
  l.hospital ? `${l.name}, ${l.hospital}` : l.name;

/** Care links by name from the directory, one or several; the id is what is sent. */
export function CareLinkSelect({
  id,
  label,
  value,
  onChange,
  kinds,
  required,
}: {
  id: string;
  label: string;
  value: string[];
  onChange(ids: string[]): void;
  kinds?: string[];
  required?: boolean;
}) {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: DIRECTORY_QUERY });
  const links = (data?.careLinks ?? [])
    .filter((l) => !kinds || kinds.includes(l.kind))
    .sort((a, b) => name(a).localeCompare(name(b)));
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        multiple
        size={Math.min(6, Math.max(2, links.length))}
        required={required}
        value={value}
        aria-describedby={`${id}-hint`}
        onChange={(e) => onChange([...e.target.selectedOptions].map((o) => o.value))}
      >
        {links.map((l) => (
          <option key={l.careLinkId} value={l.careLinkId}>
            {name(l)}
          </option>
        ))}
      </select>
      <span id={`${id}-hint`} className="hint">
        {t('coachForms.severalHint')}
      </span>
    </div>
  );
}
