import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { CarePlanSection } from './care-plan';
import { NamingPatient } from './patient-name';

/** The care plan on its own, to print and give the patient: in the reader's language, no navigation. */
export function CarePlanPrintPage() {
  const { t } = useTranslation();
  const { patientId = '' } = useParams();
  return (
    <article className="printable" aria-labelledby="print-title">
      <p className="no-print">
        <Link to={`/patients/${encodeURIComponent(patientId)}`}>{t('carePlan.backToPatient')}</Link>{' '}
        <button type="button" onClick={() => window.print()}>
          {t('carePlan.printNow')}
        </button>
      </p>
      <h1 id="print-title">
        <NamingPatient text="carePlan.printTitle" patientId={patientId} />
      </h1>
      <CarePlanSection patientId={patientId} editable={false} />
    </article>
  );
}
