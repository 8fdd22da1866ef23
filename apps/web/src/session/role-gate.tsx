import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { useSession } from './session';
import { mayOpen, startPageOf } from './workspaces';

/** A page outside the role's tabs (an old bookmark, a shared link) says so and offers the way back. */
export function RoleGate() {
  const { t } = useTranslation();
  const { session } = useSession();
  const { pathname } = useLocation();
  if (mayOpen(session.role, pathname)) return <Outlet />;
  return (
    <div className="state warning" role="alert">
      <p>{t('app.notForRole', { role: t(`roles.${session.role}`) })}</p>
      <Link to={startPageOf(session.role)}>{t('app.toStart')}</Link>
    </div>
  );
}
