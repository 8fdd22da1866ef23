import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { describedBy, Field } from '../forms/field';
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
  error,
}: {
  id: string;
  label: string;
  value: string[];
  onChange(ids: string[]): void;
  kinds?: string[];
  required?: boolean;
  error?: string;
}) {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: DIRECTORY_QUERY });
  const links = (data?.careLinks ?? [])
    .filter((l) => !kinds || kinds.includes(l.kind))
    .sort((a, b) => name(a).localeCompare(name(b)));
  const hint = t('coachForms.severalHint');
  return (
    <Field id={id} label={label} required={required} error={error} hint={hint}>
      <select
        id={id}
        multiple
        size={Math.min(6, Math.max(2, links.length))}
        required={required}
        value={value}
        {...describedBy(id, error, hint)}
        onChange={(e) => onChange([...e.target.selectedOptions].map((o) => o.value))}
      >
        {links.map((l) => (
          <option key={l.careLinkId} value={l.careLinkId}>
            {name(l)}
          </option>
        ))}
      </select>
    </Field>
  );
}
