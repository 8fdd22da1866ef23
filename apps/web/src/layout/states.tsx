import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="state" role="status">
      {t('state.loading')}
    </p>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="state empty">{children}</p>;
}

/** Says what went wrong in words a ward or a coach can act on; the gateway's message is kept. */
export function ErrorMessage({ error, retry }: { error: CombinedError; retry?: () => void }) {
  const { t } = useTranslation();
  const first = error.graphQLErrors[0];
  const code = first?.extensions?.code;
  const text = error.networkError
    ? t('state.offline')
    : code === 'UNAUTHENTICATED'
      ? t('state.notSignedIn')
      : code === 'FORBIDDEN'
        ? t('state.forbidden', { message: first.message })
        : t('state.error', { message: first?.message ?? error.message });
  return (
    <div className="state error" role="alert">
      <p>{text}</p>
      {retry && (
        <button type="button" onClick={retry}>
          {t('state.retry')}
        </button>
      )}
    </div>
  );
}
