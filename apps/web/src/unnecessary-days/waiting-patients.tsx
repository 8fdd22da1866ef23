import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { useDirectory } from '../graphql/directory';
import { graphql } from '../graphql/generated';
import { formatDateTime } from '../i18n/i18n';
import { Empty, ErrorMessage, Loading } from '../layout/states';

const WAITING = graphql(`
  query PatientsWaiting {
    patientsWaiting {
      patientId
      stayId
      wardCareLinkId
      receivingCareLinkId
      readySince
      daysSoFar
      cause
    }
  }
`);

/** Who can be helped home today: the waiting patients the caller's care link takes part in. */
export function WaitingPatients() {
  const { t, i18n } = useTranslation();
  const directory = useDirectory();
  const [{ data, error, fetching }, refetch] = useQuery({
    query: WAITING,
    requestPolicy: 'cache-and-network',
  });
  const forbidden = error?.graphQLErrors.find((e) => e.extensions?.code === 'FORBIDDEN');
  return (
    <section aria-labelledby="waiting-title">
      <h2 id="waiting-title">{t('dashboard.waiting')}</h2>
      <p className="hint">{t('dashboard.waitingIntro')}</p>
      {/* Coaches work from aggregates: the gateway says so, and that is an answer, not a fault. */}
      {forbidden ? (
        <Empty>{forbidden.message}</Empty>
      ) : (
        error && <ErrorMessage error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
      )}
      {fetching && !data && <Loading />}
      {data && data.patientsWaiting.length === 0 && <Empty>{t('dashboard.waitingEmpty')}</Empty>}
      {data && data.patientsWaiting.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.patient')}</th>
              <th scope="col">{t('dashboard.ward')}</th>
              <th scope="col">{t('dashboard.receiving')}</th>
              <th scope="col">{t('dashboard.readySince')}</th>
              <th scope="col" className="number">
                {t('dashboard.daysSoFar')}
              </th>
              <th scope="col">{t('dashboard.cause')}</th>
            </tr>
          </thead>
          <tbody>
            {data.patientsWaiting.map((w) => (
              <tr key={w.stayId}>
                <th scope="row">
                  <Link to={`/patients/${encodeURIComponent(w.patientId)}`}>{w.patientId}</Link>
                </th>
                <td>{directory.careLink(w.wardCareLinkId)}</td>
                <td>
                  {w.receivingCareLinkId
                    ? directory.careLink(w.receivingCareLinkId)
                    : t('dashboard.unknownReceiver')}
                </td>
                <td>{formatDateTime(w.readySince, i18n.language)}</td>
                <td className="number">{w.daysSoFar}</td>
                <td>{t(`causes.${w.cause}`, { defaultValue: w.cause })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
