import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Someone else saved the same thing first: both versions side by side, and the user decides
 * whether to take theirs (losing this edit) or save this one over it.
 */
export function ConflictChoice({
  theirs,
  mine,
  onReload,
  onOverwrite,
}: {
  theirs: ReactNode;
  mine: ReactNode;
  onReload(): void;
  onOverwrite(): void;
}) {
  const { t } = useTranslation();
  return (
    <div className="state warning conflict" role="alert">
      <p>
        <strong>{t('forms.conflict.title')}</strong> {t('forms.conflict.explain')}
      </p>
      <div className="versions">
        <section aria-labelledby="conflict-theirs">
          <h3 id="conflict-theirs">{t('forms.conflict.theirs')}</h3>
          {theirs}
        </section>
        <section aria-labelledby="conflict-mine">
          <h3 id="conflict-mine">{t('forms.conflict.mine')}</h3>
          {mine}
        </section>
      </div>
      <div className="actions">
        <button type="button" onClick={onReload}>
          {t('forms.conflict.reload')}
        </button>
        <button type="button" className="secondary" onClick={onOverwrite}>
          {t('forms.conflict.overwrite')}
        </button>
      </div>
    </div>
  );
}
