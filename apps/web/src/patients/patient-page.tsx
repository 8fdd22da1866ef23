import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { useDirectory } from '../graphql/directory';
import { graphql } from '../graphql/generated';
import { formatDateTime } from '../i18n/i18n';
import { Empty, ErrorMessage, Loading } from '../layout/states';
import { CarePlanSection } from './care-plan';

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
        summary
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
        {patientId ? t('patient.heading', { patient: patientId }) : t('patient.title')}
      </h1>
      <form className="inline" role="search" onSubmit={find} aria-label={t('patient.find')}>
        <label htmlFor="patient-id">{t('patient.patientId')}</label>
        <input id="patient-id" value={typed} onChange={(e) => setTyped(e.target.value)} />
        <button type="submit">{t('patient.show')}</button>
      </form>
      {patientId && <PatientRecord patientId={patientId} />}
    </section>
  );
}

function PatientRecord({ patientId }: { patientId: string }) {
  const { t, i18n } = useTranslation();
  const directory = useDirectory();
  const [{ data, error, fetching }, refetch] = useQuery({
    query: PATIENT,
    variables: { id: patientId },
    requestPolicy: 'cache-and-network',
  });
  if (error) return <ErrorMessage error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (fetching && !data) return <Loading />;
  const journey = data?.patientJourney;
  const medicines = data?.medicineList;
  if (!journey) return <Empty>{t('patient.noJourney')}</Empty>;
  const when = (value: string | null) => formatDateTime(value, i18n.language);
  return (
    <div className="patient">
      <dl className="facts">
        <dt>{t('inbox.status')}</dt>
        <dd>
          <span className={`badge ${journey.status.toLowerCase()}`}>
            {t(`patient.status.${journey.status}`)}
          </span>
        </dd>
        {journey.stay && (
          <>
            <dt>{t('patient.ward')}</dt>
            <dd>{directory.careLink(journey.stay.wardCareLinkId) || '–'}</dd>
            <dt>{t('patient.admittedAt')}</dt>
            <dd>{when(journey.stay.admittedAt)}</dd>
            {journey.stay.medicallyReadySince && (
              <>
                <dt>{t('patient.readySince')}</dt>
                <dd>{when(journey.stay.medicallyReadySince)}</dd>
              </>
            )}
            {journey.stay.dischargedAt && (
              <>
                <dt>{t('patient.dischargedAt')}</dt>
                <dd>{when(journey.stay.dischargedAt)}</dd>
              </>
            )}
          </>
        )}
        <dt>{t('patient.careLinks')}</dt>
        <dd>{journey.careLinkIds.map((id) => directory.careLink(id)).join(', ')}</dd>
      </dl>

      <h2>{t('patient.timeline')}</h2>
      {journey.timeline.length === 0 ? (
        <Empty>{t('patient.timelineEmpty')}</Empty>
      ) : (
        <ol className="timeline">
          {journey.timeline.map((e) => (
            <li key={e.eventId} className={`event ${e.type}`}>
              <time dateTime={e.occurredAt}>{when(e.occurredAt)}</time>
              <span className="event-link">{directory.careLink(e.careLinkId)}</span>
              <span className="event-summary">{e.summary}</span>
            </li>
          ))}
        </ol>
      )}

      <CarePlanSection patientId={journey.patientId} />

      <h2>{t('patient.medicines')}</h2>
      {!medicines || medicines.medications.length === 0 ? (
        <Empty>{t('patient.medicinesEmpty')}</Empty>
      ) : (
        <>
          <p className="hint">
            {t('patient.changes', { count: medicines.changeCount, at: when(medicines.changedAt) })}
          </p>
          <table>
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
              {medicines.medications.map((m, i) => (
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
    </div>
  );
}
