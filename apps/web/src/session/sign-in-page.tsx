import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { careLinkTitle } from '../graphql/directory';
import { graphql } from '../graphql/generated';
import { LanguageSwitch } from '../layout/language-switch';
import { ErrorMessage } from '../layout/states';
import { roles, type Role } from '@carechain/domain';
import type { Session } from './session';

const OTHER = '__other__';
const SIGN_IN_CARE_LINKS = graphql(`
  query SignInCareLinks {
    careLinks {
      careLinkId
      name
      hospital
    }
  }
`);

/** The local stand-in for sign-in: the person names themself and the care link they act for. */
export function SignInPage({ onSignIn }: { onSignIn(session: Session): void }) {
  const { t } = useTranslation();
  const [{ data, error, fetching }, refetch] = useQuery({ query: SIGN_IN_CARE_LINKS });
  const [actorId, setActorId] = useState('');
  const [choice, setChoice] = useState('');
  const [typedLink, setTypedLink] = useState('');
  const [role, setRole] = useState<Role>('care-staff');
  const [problem, setProblem] = useState<string | null>(null);
  const links = data?.careLinks ?? [];
  const typing = choice === OTHER || (!fetching && links.length === 0);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const careLinkId = (typing ? typedLink : choice).trim();
    if (!actorId.trim()) return setProblem(t('signIn.missingActor'));
    if (!careLinkId) return setProblem(t('signIn.missingCareLink'));
    const link = links.find((l) => l.careLinkId === careLinkId);
    const name = link && careLinkTitle(link);
    onSignIn({ actorId: actorId.trim(), careLinkId, careLinkName: name, role });
  };

  return (
    <main id="main" className="sign-in">
      <div className="sign-in-header">
        <h1>{t('app.name')}</h1>
        <LanguageSwitch />
      </div>
      <h2>{t('signIn.title')}</h2>
      <p>{t('signIn.intro')}</p>
      {error && <ErrorMessage error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />}
      <form onSubmit={submit} noValidate>
        <label htmlFor="actor">{t('signIn.actor')}</label>
        <input
          id="actor"
          name="actor"
          autoComplete="username"
          value={actorId}
          onChange={(e) => setActorId(e.target.value)}
          required
        />
        {links.length > 0 && (
          <>
            <label htmlFor="care-link">{t('signIn.careLink')}</label>
            <select id="care-link" value={choice} onChange={(e) => setChoice(e.target.value)} required>
              <option value="">{t('signIn.chooseCareLink')}</option>
              {links.map((l) => (
                <option key={l.careLinkId} value={l.careLinkId}>
                  {l.hospital ? `${l.name} (${l.hospital})` : l.name}
                </option>
              ))}
              <option value={OTHER}>{t('signIn.otherCareLink')}</option>
            </select>
          </>
        )}
        {!fetching && links.length === 0 && !error && <p>{t('signIn.noDirectory')}</p>}
        {typing && (
          <>
            <label htmlFor="care-link-id">{t('signIn.careLinkId')}</label>
            <input
              id="care-link-id"
              value={typedLink}
              onChange={(e) => setTypedLink(e.target.value)}
              required
            />
          </>
        )}
        <label htmlFor="role">{t('signIn.role')}</label>
        <select id="role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
          {roles.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </select>
        {problem && (
          <p className="field-error" role="alert">
            {problem}
          </p>
        )}
        <button type="submit">{t('signIn.submit')}</button>
      </form>
    </main>
  );
}
