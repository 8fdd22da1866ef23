import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from '../graphql/generated';
import { formatDateTime } from '../i18n/i18n';
import { CareLinkLabel } from '../layout/care-link-label';
import { Empty, ErrorMessage, Loading } from '../layout/states';

const ACCESS_LOG = graphql(`
  query PatientAccessLog($patientId: ID!) {
    patientAccessLog(patientId: $patientId) {
      at
      actorId
      careLinkId
      roles
      action
      permission
      allowed
      basis
      reason
    }
  }
`);

// Carechain's own processes (building handover packages) act for no care link of the network.
const CARECHAIN = 'carechain';

/** Everyone who read or changed a patient's data, or was refused: the extract a patient may ask for. */
export function AccessLog() {
  const { t, i18n } = useTranslation();
  const [typed, setTyped] = useState('');
  const [patientId, setPatientId] = useState('');
  const [{ data, error, fetching }] = useQuery({
    query: ACCESS_LOG,
    variables: { patientId },
    pause: !patientId,
    requestPolicy: 'network-only',
  });
  const show = (event: FormEvent) => {
    event.preventDefault();
    setPatientId(typed.trim());
  };
  return (
    <section aria-labelledby="access-log-title">
      <h2 id="access-log-title">{t('accessLog.title')}</h2>
      <p className="hint">{t('accessLog.intro')}</p>
      <form className="inline-form" onSubmit={show}>
        <label htmlFor="access-log-patient">{t('accessLog.patientId')}</label>
        <input id="access-log-patient" required value={typed} onChange={(e) => setTyped(e.target.value)} />
        <button type="submit">{t('accessLog.show')}</button>
      </form>
      {error && <ErrorMessage error={error} />}
      {fetching && <Loading />}
      {data &&
        !fetching &&
        (data.patientAccessLog.length === 0 ? (
          <Empty>{t('accessLog.empty', { patient: patientId })}</Empty>
        ) : (
          <table>
            <caption>
              {t('accessLog.caption', { patient: patientId, count: data.patientAccessLog.length })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('accessLog.at')}</th>
                <th scope="col">{t('accessLog.who')}</th>
                <th scope="col">{t('accessLog.careLink')}</th>
                <th scope="col">{t('accessLog.action')}</th>
                <th scope="col">{t('accessLog.outcome')}</th>
              </tr>
            </thead>
            <tbody>
              {data.patientAccessLog.map((e, i) => (
                <tr key={i}>
                  <td>{formatDateTime(e.at, i18n.language)}</td>
                  <td>
                    {e.careLinkId === CARECHAIN
                      ? t('accessLog.carechain')
                      : `${e.actorId} (${e.roles.map((r) => t(`roles.${r}`, { defaultValue: r })).join(', ')})`}
                  </td>
                  <td>{e.careLinkId === CARECHAIN ? '' : <CareLinkLabel id={e.careLinkId} />}</td>
                  <td>
                    {e.permission
                      ? t(`accessLog.permissions.${e.permission}`, { defaultValue: e.action })
                      : e.action}
                  </td>
                  <td>
                    {e.allowed ? t('accessLog.allowed') : t('accessLog.refused')}:{' '}
                    {e.basis ? t(`accessLog.bases.${e.basis}`) : e.reason}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
    </section>
  );
}
