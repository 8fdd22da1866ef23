import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { formatDay, formatMonth } from '../coach/dates';
import { graphql } from '../graphql/generated';
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

const lastMonth = () => {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth() - 1, 15).toISOString().slice(0, 7);
};

/** The payment-liability invoice basis of a municipality for a month, for the coordinators who settle it. */
export function LiabilityInvoice({
  municipalities,
}: {
  municipalities: { organisationId: string; name: string }[];
}) {
  const { t, i18n } = useTranslation();
  const [form, setForm] = useState({
    municipality: municipalities[0]?.organisationId ?? '',
    month: lastMonth(),
  });
  const [asked, setAsked] = useState<typeof form | null>(null);
  const [{ data, error, fetching }] = useQuery({
    query: INVOICE,
    variables: asked ?? form,
    pause: !asked,
    requestPolicy: 'network-only',
  });
  const show = (event: FormEvent) => {
    event.preventDefault();
    setAsked({ ...form });
  };
  const invoice = data?.municipalLiabilityInvoice;
  const name = (id: string) => municipalities.find((m) => m.organisationId === id)?.name ?? id;
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
    <section aria-labelledby="liability-title" className="liability-invoice">
      <h2 id="liability-title">{t('liabilityInvoice.title')}</h2>
      <p className="hint">{t('liabilityInvoice.intro')}</p>
      <form className="inline-form" onSubmit={show}>
        <label htmlFor="liability-municipality">{t('liabilityInvoice.municipality')}</label>
        <select
          id="liability-municipality"
          required
          value={form.municipality}
          onChange={(e) => setForm({ ...form, municipality: e.target.value })}
        >
          {municipalities.map((m) => (
            <option key={m.organisationId} value={m.organisationId}>
              {m.name}
            </option>
          ))}
        </select>
        <label htmlFor="liability-month">{t('liabilityInvoice.month')}</label>
        <input
          id="liability-month"
          type="month"
          required
          value={form.month}
          onChange={(e) => setForm({ ...form, month: e.target.value })}
        />
        <button type="submit">{t('liabilityInvoice.show')}</button>
      </form>
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
    </section>
  );
}
