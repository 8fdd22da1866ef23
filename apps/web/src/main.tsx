import { lazy, StrictMode, Suspense, useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { Provider } from 'urql';
import { gatewayClient } from './graphql/client';
import { HandoverInboxPage } from './handovers/handover-inbox-page';
import { SpecificationsPage } from './handovers/specifications-page';
import { HandoverPage } from './handovers/handover-page';
import { startI18n } from './i18n/i18n';
import { AppShell } from './layout/app-shell';
import { Loading } from './layout/states';
import { PatientPage } from './patients/patient-page';
import { SessionContext, storedSession, storeSession, type Session } from './session/session';
import { SignInPage } from './session/sign-in-page';
import { RoleGate } from './session/role-gate';
import { startPageOf } from './session/workspaces';
import { OverviewPage } from './overview/overview-page';
import { CarePlanPrintPage } from './patients/care-plan-print-page';
import './styles.css';

// Charts and the contract document are loaded when first opened, keeping the first load small.
const UnnecessaryDaysPage = lazy(() => import('./unnecessary-days/unnecessary-days-page'));
const IntegratorsPage = lazy(() => import('./integrators/integrators-page'));
const ImprovementPage = lazy(() => import('./improvement/improvement-page'));
const NewProjectPage = lazy(() => import('./improvement/new-project-page'));
const ProjectPage = lazy(() => import('./improvement/project-page'));
const BreakdownsPage = lazy(() => import('./breakdowns/breakdowns-page'));
const ComplaintsPage = lazy(() => import('./complaints/complaints-page'));
const MeetingsPage = lazy(() => import('./meetings/meetings-page'));
const MeetingPage = lazy(() => import('./meetings/meeting-page'));
const QualityTimePage = lazy(() => import('./quality-time/quality-time-page'));
const DirectoryPage = lazy(() => import('./directory/directory-page'));
const LiabilityInvoicePrintPage = lazy(() =>
  import('./directory/liability-invoice-print-page').then((m) => ({ default: m.LiabilityInvoicePrintPage })),
);
const DischargePlanningPage = lazy(() => import('./planning/discharge-planning-page'));

// Before sign-in the page reads only the care-link directory, as the sign-in screen itself.
const signInCaller = { actorId: 'sign-in-screen', careLinkId: 'care-link-directory' };

function App() {
  const { t } = useTranslation();
  const [session, setSession] = useState<Session | null>(storedSession);
  const gateway = useMemo(() => gatewayClient(session ?? signInCaller), [session]);
  useEffect(() => gateway.close, [gateway]);
  const client = gateway.client;
  const change = (next: Session | null) => {
    storeSession(next);
    setSession(next);
  };
  if (!session) {
    return (
      <Provider value={client}>
        <SignInPage onSignIn={change} />
      </Provider>
    );
  }
  return (
    <Provider value={client}>
      <SessionContext.Provider value={{ session, signOut: () => change(null) }}>
        <BrowserRouter>
          <AppShell>
            <Suspense fallback={<Loading />}>
              <Routes>
                <Route path="/" element={<Navigate to={startPageOf(session.role)} replace />} />
                <Route element={<RoleGate />}>
                  <Route path="/overview" element={<OverviewPage />} />
                  <Route path="/inbox" element={<HandoverInboxPage />} />
                  <Route path="/inbox/specifications" element={<SpecificationsPage />} />
                  <Route path="/inbox/:packageId" element={<HandoverPage />} />
                  <Route path="/patients" element={<PatientPage />} />
                  <Route path="/patients/:patientId" element={<PatientPage />} />
                  <Route path="/patients/:patientId/care-plan" element={<CarePlanPrintPage />} />
                  <Route path="/unnecessary-days" element={<UnnecessaryDaysPage />} />
                  <Route path="/integrators" element={<IntegratorsPage />} />
                  <Route path="/improvement" element={<ImprovementPage />} />
                  <Route path="/improvement/new" element={<NewProjectPage />} />
                  <Route path="/improvement/:projectId" element={<ProjectPage />} />
                  <Route path="/breakdowns" element={<BreakdownsPage />} />
                  <Route path="/complaints" element={<ComplaintsPage />} />
                  <Route path="/meetings" element={<MeetingsPage />} />
                  <Route path="/meetings/:meetingId" element={<MeetingPage />} />
                  <Route path="/quality-time" element={<QualityTimePage />} />
                  <Route path="/discharge-planning" element={<DischargePlanningPage />} />
                  <Route path="/directory" element={<DirectoryPage />} />
                  <Route
                    path="/directory/liability/:municipality/:month"
                    element={<LiabilityInvoicePrintPage />}
                  />
                </Route>
                <Route path="*" element={<p className="state">{t('app.notFound')}</p>} />
              </Routes>
            </Suspense>
          </AppShell>
        </BrowserRouter>
      </SessionContext.Provider>
    </Provider>
  );
}

void startI18n().then(() =>
  createRoot(document.getElementById('root') as HTMLElement).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
