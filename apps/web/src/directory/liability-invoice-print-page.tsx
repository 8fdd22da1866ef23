import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { InvoiceBasis } from './invoice-basis';

/** The basis of one municipality's month on its own, to print and send with the invoice: no navigation, no forms. */
export function LiabilityInvoicePrintPage() {
  const { t } = useTranslation();
  const { municipality = '', month = '' } = useParams();
  return (
    <article className="printable" aria-labelledby="liability-print-title">
      <p className="no-print">
        <Link to="/directory">{t('liabilityInvoice.backToDirectory')}</Link>{' '}
        <button type="button" onClick={() => window.print()}>
          {t('liabilityInvoice.printNow')}
        </button>
      </p>
      <h1 id="liability-print-title">{t('liabilityInvoice.title')}</h1>
      <InvoiceBasis municipality={municipality} month={month} />
    </article>
  );
}
