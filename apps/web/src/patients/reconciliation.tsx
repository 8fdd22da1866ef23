import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useDirectory } from '../graphql/directory';
import { graphql } from '../graphql/generated';
import { formatDateTime } from '../i18n/i18n';
import { ErrorMessage } from '../layout/states';

const RECONCILIATION = graphql(`
  query MedicineReconciliation($id: ID!) {
    medicineReconciliation(patientId: $id) {
      from
      to
      added {
        text
        dose
        frequency
      }
      stopped {
        text
        dose
      }
      doseChanged {
        text
        from
        to
        fromFrequency
        toFrequency
      }
      unchanged {
        text
        dose
      }
      withoutReason {
        text
        action
        occurredAt
        careLinkId
      }
    }
  }
`);

/** At transfer and discharge: what changed in the list since admission, and which changes lack a reason. */
export function Reconciliation({ patientId, version }: { patientId: string; version: number }) {
  const { t, i18n } = useTranslation();
  const directory = useDirectory();
  const [{ data, error }, refetch] = useQuery({
    query: RECONCILIATION,
    variables: { id: patientId },
    requestPolicy: 'cache-and-network',
  });
  // A saved change is reconciled again once the list shows it.
  useEffect(() => refetch({ requestPolicy: 'network-only' }), [version, refetch]);
  const r = data?.medicineReconciliation;
  const when = (v: string) => formatDateTime(v, i18n.language);
  return (
    <section aria-labelledby="reconciliation-title">
      <h3 id="reconciliation-title">{t('reconciliation.title')}</h3>
      {error && <ErrorMessage error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />}
      {r && (
        <>
          <p className="hint">{t('reconciliation.period', { from: when(r.from), to: when(r.to) })}</p>
          <dl className="facts">
            <dt>{t('reconciliation.added')}</dt>
            <dd>{r.added.map((m) => [m.text, m.dose].filter(Boolean).join(', ')).join('; ') || '–'}</dd>
            <dt>{t('reconciliation.stopped')}</dt>
            <dd>{r.stopped.map((m) => m.text).join('; ') || '–'}</dd>
            <dt>{t('reconciliation.doseChanged')}</dt>
            <dd>
              {r.doseChanged
                .map((d) =>
                  t('reconciliation.fromTo', { text: d.text, from: d.from ?? '–', to: d.to ?? '–' }),
                )
                .join('; ') || '–'}
            </dd>
            <dt>{t('reconciliation.unchanged')}</dt>
            <dd>{r.unchanged.map((m) => m.text).join('; ') || '–'}</dd>
          </dl>
          {r.withoutReason.length > 0 && (
            <div className="state warning">
              <p>{t('reconciliation.withoutReason')}</p>
              <ul>
                {r.withoutReason.map((w, i) => (
                  <li key={i}>
                    {t(`medicines.actions.${w.action}`, { defaultValue: w.action })}: {w.text},{' '}
                    {when(w.occurredAt)} ({directory.careLink(w.careLinkId)})
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
    </section>
  );
}
