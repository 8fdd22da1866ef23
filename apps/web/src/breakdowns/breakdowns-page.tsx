import { useTranslation } from 'react-i18next';
import { useMay } from '../coach/may';
import { BreakdownReview } from './breakdown-review';
import { ReportBreakdown } from './report-breakdown';

/** Where cooperation between care links broke down: staff report, coaches follow the pairs and feed back. */
export default function BreakdownsPage() {
  const { t } = useTranslation();
  const staff = useMay('unitStaff');
  const coach = useMay('improvementWork');
  return (
    <section aria-labelledby="breakdowns-title">
      <h1 id="breakdowns-title">{t('breakdowns.title')}</h1>
      <p>{t('breakdowns.intro')}</p>
      {staff && <ReportBreakdown />}
      {coach && <BreakdownReview />}
      {!staff && !coach && <p className="state">{t('breakdowns.notForRole')}</p>}
    </section>
  );
}
