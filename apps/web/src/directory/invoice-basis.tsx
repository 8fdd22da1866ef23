import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { formatDay, formatMonth } from '../coach/dates';
import { graphql } from '../graphql/generated';
import { useDirectory } from '../graphql/directory';
import { formatNumber } from '../i18n/i18n';
import { Empty, ErrorMessage, Loading } from '../layout/states';
import { downloadCsv, toCsv } from '../unnecessary-days/csv';

const INVOICE = graphql(`
  query MunicipalLiabilityInvoice($municipality: String!, $month: String!) {
    municipalLiabilityInvoice(municipality: $municipality, month: $month) {
      municipalityId
      month
      region
      model
      modelDays
      totalDays
      amountBasis {
        amount
        currency
      }
      days {
        date
        patientId
        stayId
        admissionEventId
        admissionNoticeEventId
        readinessEventId
        readyNoticeEventId
      }
    }
  }
`);

/** A municipality's payment-liability basis for a month: the days, their total and the events behind each. */
export function InvoiceBasis({ municipality, month }: { municipality: string; month: string }) {
  const { t, i18n } = useTranslation();
  const directory = useDirectory();
  const [{ data, error, fetching }] = useQuery({
    query: INVOICE,
    variables: { municipality, month },
    requestPolicy: 'network-only',
  });
  const invoice = data?.municipalLiabilityInvoice;
  const name = directory.organisation;
  const exportCsv = () => {
    if (!invoice) return;
    const csv = toCsv(
      ['date', 'patient', 'stay', 'admission', 'admission notice', 'readiness', 'ready notice'],
      invoice.days.map((d) => [
        d.date,
        d.patientId,
        d.stayId,
        d.admissionEventId,
        d.admissionNoticeEventId,
        d.readinessEventId,
        d.readyNoticeEventId,
      ]),
    );
    downloadCsv(`liability_${invoice.municipalityId}_${invoice.month}.csv`, csv);
  };
  return (
    <>
      {error && <ErrorMessage error={error} />}
      {fetching && <Loading />}
      {invoice && !fetching && (
        <>
          <p>
            {t('liabilityInvoice.summary', {
              municipality: name(invoice.municipalityId),
              month: formatMonth(invoice.month, i18n.language),
              count: invoice.totalDays,
              region: invoice.region,
              model: t(`liabilityInvoice.models.${invoice.model}`, { days: invoice.modelDays }),
            })}{' '}
            {invoice.amountBasis
              ? t('liabilityInvoice.amount', {
                  amount: formatNumber(invoice.amountBasis.amount, i18n.language),
                  currency: invoice.amountBasis.currency,
                })
              : t('liabilityInvoice.noRate')}
          </p>
          {invoice.days.length === 0 ? (
            <Empty>
              {t('liabilityInvoice.empty', {
                municipality: name(invoice.municipalityId),
                month: formatMonth(invoice.month, i18n.language),
              })}
            </Empty>
          ) : (
            <>
              <button type="button" className="no-print" onClick={exportCsv}>
                {t('liabilityInvoice.csv')}
              </button>
              <table>
                <caption>{t('liabilityInvoice.caption', { count: invoice.totalDays })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('liabilityInvoice.date')}</th>
                    <th scope="col">{t('liabilityInvoice.patient')}</th>
                    <th scope="col">{t('liabilityInvoice.events')}</th>
                  </tr>
                </thead>
                <tbody>
                  {invoice.days.map((d) => (
                    <tr key={`${d.date}-${d.patientId}-${d.stayId}`}>
                      <td className="nowrap">{formatDay(d.date, i18n.language)}</td>
                      <td>
                        {d.patientId} ({t('liabilityInvoice.stay', { stay: d.stayId })})
                      </td>
                      <td className="event-ids">
                        {t('liabilityInvoice.trace', {
                          admission: d.admissionEventId,
                          admissionNotice: d.admissionNoticeEventId,
                          readiness: d.readinessEventId,
                          readyNotice: d.readyNoticeEventId,
                        })}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </>
      )}
    </>
  );
}
