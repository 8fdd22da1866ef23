import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { DIRECTORY_QUERY } from '../graphql/directory';

/** Care links of the directory as options, by name; `kinds` narrows them (e.g. where a patient goes home to). */
export function CareLinkOptions({ kinds }: { kinds?: readonly string[] }) {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: DIRECTORY_QUERY });
  const links = (data?.careLinks ?? [])
    .filter((l) => !kinds || kinds.includes(l.kind))
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  return (
    <>
      <option value="">{t('forms.chooseCareLink')}</option>
      {links.map((l) => (
        <option key={l.careLinkId} value={l.careLinkId}>
          {l.hospital ? `${l.name}, ${l.hospital}` : l.name}
        </option>
      ))}
    </>
  );
}
