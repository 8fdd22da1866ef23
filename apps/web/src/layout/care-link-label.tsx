import { useTranslation } from 'react-i18next';
import { useDirectory } from '../graphql/directory';

/** A care link by its name; one the directory does not hold is said to be unknown, its id in small print. */
export function CareLinkLabel({ id }: { id: string }) {
  const { t } = useTranslation();
  const directory = useDirectory();
  const name = directory.careLinkName(id);
  if (name || !directory.loaded) return <>{name ?? id}</>;
  return (
    <>
      {t('careLinks.unknown')} <span className="secondary-id">({id})</span>
    </>
  );
}
