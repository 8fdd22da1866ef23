import { useTranslation } from 'react-i18next';

/** Said in the page (a status region) while a saved change is on its way into the view. */
export function SavedUpdating({ updating, saved }: { updating: boolean; saved: boolean }) {
  const { t } = useTranslation();
  return (
    <p className="save-state" role="status">
      {updating ? t('forms.savedUpdating') : saved ? t('forms.saved') : ''}
    </p>
  );
}
