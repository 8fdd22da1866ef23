import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { InvoiceBasis } from './invoice-basis';

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
  const { t } = useTranslation();
  const [form, setForm] = useState({
    municipality: municipalities[0]?.organisationId ?? '',
    month: lastMonth(),
  });
  const [asked, setAsked] = useState<typeof form | null>(null);
  const show = (event: FormEvent) => {
    event.preventDefault();
    setAsked({ ...form });
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
      {asked && (
        <>
          <p className="no-print">
            <Link to={liabilityPrintPath(asked.municipality, asked.month)}>
              {t('liabilityInvoice.printable')}
            </Link>
          </p>
          <InvoiceBasis municipality={asked.municipality} month={asked.month} />
        </>
      )}
    </section>
  );
}

export const liabilityPrintPath = (municipality: string, month: string) =>
  `/directory/liability/${encodeURIComponent(municipality)}/${month}`;
