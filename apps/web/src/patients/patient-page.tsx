import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { SavedUpdating } from '../forms/saved-updating';
import { useUntilShown } from '../forms/use-until-shown';
import { useDirectory } from '../graphql/directory';
import { graphql } from '../graphql/generated';
import { formatDateTime } from '../i18n/i18n';
import { Empty, ErrorMessage, Loading } from '../layout/states';
import { CarePlanSection } from './care-plan';
import { DelayCausePanel } from './delay-cause-panel';
import { MedicineChangeForm } from './medicine-change-form';
import { NamingPatient } from './patient-name';
import { ReadinessPanel } from './readiness-panel';
import { Reconciliation } from './reconciliation';
import { Timeline } from './timeline';

const PATIENT = graphql(`
  query PatientRecord($id: ID!) {
    patientJourney(patientId: $id) {
      patientId
      status
      careLinkIds
      stay {
        stayId
        wardCareLinkId
        admittedAt
        medicallyReadySince
        dischargedAt
      }
      timeline {
        eventId
        type
        occurredAt
        careLinkId
      }
    }
    medicineList(patientId: $id) {
      changeCount
      changedAt
      medications {
        text
        dose
        route
        frequency
        since
        lastChangedAt
        lastChangedByCareLinkId
        coding {
          system
          code
        }
      }
    }
  }
`);

export function PatientPage() {
  const { t } = useTranslation();
  const { patientId } = useParams();
  const navigate = useNavigate();
  const [typed, setTyped] = useState(patientId ?? '');
  const find = (event: FormEvent) => {
    event.preventDefault();
    if (typed.trim()) navigate(`/patients/${encodeURIComponent(typed.trim())}`);
  };
  return (
    <section aria-labelledby="patient-title">
      <h1 id="patient-title">
        {patientId ? <NamingPatient text="patient.heading" patientId={patientId} /> : t('patient.title')}
      </h1>
      <form className="inline no-print" role="search" onSubmit={find} aria-label={t('patient.find')}>
        <label htmlFor="patient-id">{t('patient.patientId')}</label>
        <input id="patient-id" value={typed} onChange={(e) => setTyped(e.target.value)} />
        <button type="submit">{t('patient.show')}</button>
      </form>
      {patientId && <PatientRecord key={patientId} patientId={patientId} />}
    </section>
  );
}

function PatientRecord({ patientId }: { patientId: string }) {
  const { t, i18n } = useTranslation();
  const directory = useDirectory();
  const [{ data, error, fetching }, refetchQuery] = useQuery({
    query: PATIENT,
    variables: { id: patientId },
    requestPolicy: 'cache-and-network',
  });
  const refetch = useCallback(() => refetchQuery({ requestPolicy: 'network-only' }), [refetchQuery]);
  const [savedList, setSavedList] = useState<number | null>(null);
  const listVersion = data?.medicineList?.changeCount ?? 0;
  const medicines = useUntilShown(() => listVersion >= (savedList ?? 0), refetch);
  if (error) return <ErrorMessage error={error} retry={refetch} />;
  if (fetching && !data) return <Loading />;
  const journey = data?.patientJourney;
  const list = data?.medicineList;
  if (!journey) return <Empty>{t('patient.noJourney')}</Empty>;
  const when = (value: string | null) => formatDateTime(value, i18n.language);
  const stay = journey.stay;
  const inHospital = stay && !stay.dischargedAt && journey.status === 'IN_HOSPITAL';
  return (
    <div className="patient">
      <dl className="facts">
        <dt>{t('inbox.status')}</dt>
        <dd>
          <span className={`badge ${journey.status.toLowerCase()}`}>
            {t(`patient.status.${journey.status}`)}
          </span>
        </dd>
        {stay && (
          <>
            <dt>{t('patient.ward')}</dt>
            <dd>{directory.careLink(stay.wardCareLinkId) || '–'}</dd>
            <dt>{t('patient.admittedAt')}</dt>
            <dd>{when(stay.admittedAt)}</dd>
            {stay.medicallyReadySince && (
              <>
                <dt>{t('patient.readySince')}</dt>
                <dd>{when(stay.medicallyReadySince)}</dd>
              </>
            )}
            {stay.dischargedAt && (
              <>
                <dt>{t('patient.dischargedAt')}</dt>
                <dd>{when(stay.dischargedAt)}</dd>
              </>
            )}
          </>
        )}
        <dt>{t('patient.careLinks')}</dt>
        <dd>{journey.careLinkIds.map((id) => directory.careLink(id)).join(', ')}</dd>
      </dl>

      {inHospital && (
        <div className="panels no-print">
          <ReadinessPanel
            patientId={patientId}
            stayId={stay.stayId}
            readySince={stay.medicallyReadySince ?? null}
            refetch={refetch}
          />
          {stay.medicallyReadySince && (
            <DelayCausePanel patientId={patientId} stayId={stay.stayId} onChanged={refetch} />
          )}
        </div>
      )}

      <h2>{t('patient.timeline')}</h2>
      <Timeline entries={journey.timeline} />

      <CarePlanSection patientId={journey.patientId} onChanged={refetch} />

      <section aria-labelledby="medicines-title">
        <h2 id="medicines-title">{t('patient.medicines')}</h2>
        <SavedUpdating updating={medicines.updating} saved={savedList !== null} />
        {!list || list.medications.length === 0 ? (
          <Empty>{t('patient.medicinesEmpty')}</Empty>
        ) : (
          <>
            <p className="hint">
              {t('patient.changes', { count: list.changeCount, at: when(list.changedAt) })}
            </p>
            <table>
              <caption className="visually-hidden">{t('patient.medicines')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('patient.medication')}</th>
                  <th scope="col">{t('patient.dose')}</th>
                  <th scope="col">{t('patient.route')}</th>
                  <th scope="col">{t('patient.frequency')}</th>
                  <th scope="col">{t('patient.since')}</th>
                  <th scope="col">{t('patient.changed')}</th>
                </tr>
              </thead>
              <tbody>
                {list.medications.map((m, i) => (
                  <tr key={`${m.text}-${i}`}>
                    <th scope="row">{m.text}</th>
                    <td>{m.dose ?? '–'}</td>
                    <td>{m.route ?? '–'}</td>
                    <td>{m.frequency ?? '–'}</td>
                    <td>{when(m.since)}</td>
                    <td>
                      {when(m.lastChangedAt)} ({directory.careLink(m.lastChangedByCareLinkId)})
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
        {
          <div className="no-print">
            <MedicineChangeForm
              patientId={patientId}
              listVersion={listVersion}
              medications={list?.medications ?? []}
              reload={refetch}
              onSaved={(version) => {
                setSavedList(version);
                medicines.start();
              }}
            />
          </div>
        }
        {list && <Reconciliation patientId={patientId} version={listVersion} />}
      </section>
    </div>
  );
}
