import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { describedBy, Field } from '../forms/field';
import { fieldMessages, refusalOf } from '../forms/refusals';
import { useFocusAnswer } from '../forms/use-focus-answer';
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
  // Asked for nothing yet until the first submit; then the gateway judges even an empty id.
  const [patientId, setPatientId] = useState<string>();
  const [{ data, error, fetching }] = useQuery({
    query: ACCESS_LOG,
    variables: { patientId: patientId ?? '' },
    pause: patientId === undefined,
    requestPolicy: 'network-only',
  });
  const refusal = error && refusalOf(error, '');
  const problem =
    refusal?.kind === 'invalid'
      ? fieldMessages(refusal.fields, t, 'accessLog.refusedInput').patientId
      : undefined;
  const { ref, answered } = useFocusAnswer<HTMLElement>();
  // The answer comes with the query's result, not with the submit.
  useEffect(() => {
    if (data || error) answered();
  }, [data, error, answered]);
  const show = (event: FormEvent) => {
    event.preventDefault();
    setPatientId(typed.trim());
  };
  return (
    <section ref={ref} aria-labelledby="access-log-title">
      <h2 id="access-log-title">{t('accessLog.title')}</h2>
      <p className="hint">{t('accessLog.intro')}</p>
      <form onSubmit={show} noValidate>
        <Field id="access-log-patient" label={t('accessLog.patientId')} required error={problem}>
          <input
            id="access-log-patient"
            required
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            {...describedBy('access-log-patient', problem)}
          />
        </Field>
        <button type="submit">{t('accessLog.show')}</button>
      </form>
      {error && !problem && <ErrorMessage error={error} />}
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
