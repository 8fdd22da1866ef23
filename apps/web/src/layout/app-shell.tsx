import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router-dom';
import { useSession } from '../session/session';
import { tabPaths, workspaces } from '../session/workspaces';
import { HandoverAnnouncer } from './handover-announcer';
import { LanguageSwitch } from './language-switch';

export function AppShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { session, signOut } = useSession();
  const main = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const first = useRef(true);
  // After a move to another page, keyboard and screen-reader users start at its content.
  useEffect(() => {
    if (first.current) first.current = false;
    else main.current?.focus();
  }, [pathname]);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <span className="brand">{t('app.name')}</span>
        <nav aria-label={t('app.nav.label')}>
          {workspaces[session.role].tabs.map((tab) => (
            <NavLink key={tab} to={tabPaths[tab]}>
              {t(`app.nav.${tab}`)}
            </NavLink>
          ))}
        </nav>
        <div className="who">
          <span>
            {/* A unit the directory does not hold goes unnamed rather than shown by its id. */}
            {t(session.careLinkName ? 'app.signedInAs' : 'app.signedInAsOutsideDirectory', {
              actor: session.actorId,
              careLink: session.careLinkName,
              role: t(`roles.${session.role}`),
            })}
          </span>
          <button type="button" onClick={signOut}>
            {t('app.signOut')}
          </button>
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" tabIndex={-1} ref={main}>
        {children}
      </main>
      {workspaces[session.role].tabs.includes('inbox') && <HandoverAnnouncer />}
    </>
  );
}
