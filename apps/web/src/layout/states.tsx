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

/**
 * Says what went wrong in the user's language, with what to do next; the gateway's own words (in
 * English, for support) follow in small print.
 */
export function ErrorMessage({ error, retry }: { error: CombinedError; retry?: () => void }) {
  const { t } = useTranslation();
  const first = error.graphQLErrors[0];
  const code = String(first?.extensions?.code ?? '');
  const known = [
    'UNAUTHENTICATED',
    'FORBIDDEN',
    'BAD_USER_INPUT',
    'CONFLICT',
    'NOT_FOUND',
    'SERVICE_UNAVAILABLE',
  ];
  const text = error.networkError
    ? t('state.offline')
    : t(`state.refusal.${known.includes(code) ? code : 'other'}`);
  return (
    <div className="state error" role="alert" tabIndex={-1}>
      <p>{text}</p>
      {first?.message && !error.networkError && (
        <p className="hint detail">{t('state.detail', { message: first.message })}</p>
      )}
      {retry && (
        <button type="button" onClick={retry}>
          {t('state.retry')}
        </button>
      )}
    </div>
  );
}
