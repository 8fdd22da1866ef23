import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { today } from '../coach/dates';
import { graphql } from '../graphql/generated';
import type { Granularity } from '../graphql/generated/graphql';
import { ErrorMessage, Loading } from '../layout/states';
import { XmrChartView } from '../unnecessary-days/xmr-chart';
import { chartRows, periodLabel, type ChartNote } from '../unnecessary-days/xmr';

const REVIEW = graphql(`
  query MeasureBaselineReview(
    $filter: UnnecessaryDaysFilter!
    $granularity: Granularity!
    $baselinePoints: Int
    $rebaseAt: [String!]
    $improvement: ImprovementDirection!
  ) {
    unnecessaryDaysXmrChart(
      filter: $filter
      granularity: $granularity
      baselinePoints: $baselinePoints
      rebaseAt: $rebaseAt
      improvement: $improvement
    ) {
      ...XmrChartFields
    }
  }
`);

/**
 * The coach fixes the baseline (limits from the first N periods) and rebases (new limits from a
 * period on, once a change is adopted) over the live unnecessary-days series the measure follows.
 */
export function BaselinePanel({
  measureId,
  wards,
  from,
  periods,
  granularity,
  improvement,
  notes,
}: {
  measureId: string;
  wards: string[];
  from: string;
  periods: string[];
  granularity: Granularity;
  improvement: 'UP' | 'DOWN';
  notes: ChartNote[];
}) {
  const { t, i18n } = useTranslation();
  const [form, setForm] = useState({ baselinePoints: '', rebaseAt: '' });
  const [applied, setApplied] = useState<{ baselinePoints: number | null; rebaseAt: string[] } | null>(null);
  const [{ data, error, fetching }] = useQuery({
    query: REVIEW,
    pause: !applied,
    variables: {
      filter: { from, to: today(), wardCareLinkIds: wards },
      granularity,
      baselinePoints: applied?.baselinePoints ?? null,
      rebaseAt: applied?.rebaseAt ?? [],
      improvement,
    },
  });
  const apply = (event: FormEvent) => {
    event.preventDefault();
    setApplied({
      baselinePoints: form.baselinePoints ? Number(form.baselinePoints) : null,
      rebaseAt: form.rebaseAt ? [form.rebaseAt] : [],
    });
  };
  const id = (name: string) => `${measureId}-${name}`;
  return (
    <section className="baseline" aria-labelledby={id('baseline-title')}>
      <h4 id={id('baseline-title')}>{t('improvement.baseline.title')}</h4>
      <p className="hint">{t('improvement.baseline.intro')}</p>
      <form className="filters" onSubmit={apply}>
        <div>
          <label htmlFor={id('baseline-points')}>{t('improvement.baseline.points')}</label>
          <input
            id={id('baseline-points')}
            type="number"
            min={2}
            value={form.baselinePoints}
            onChange={(e) => setForm({ ...form, baselinePoints: e.target.value })}
          />
        </div>
        <div>
          <label htmlFor={id('rebase-at')}>{t('improvement.baseline.rebaseAt')}</label>
          <select
            id={id('rebase-at')}
            value={form.rebaseAt}
            onChange={(e) => setForm({ ...form, rebaseAt: e.target.value })}
          >
            <option value="">{t('improvement.baseline.noRebase')}</option>
            {periods.map((p) => (
              <option key={p} value={p}>
                {periodLabel(p, granularity, i18n.language)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t('improvement.baseline.apply')}</button>
      </form>
      {error && <ErrorMessage error={error} />}
      {fetching && <Loading />}
      {data && applied && (
        <>
          <p role="status">
            {t('improvement.baseline.applied', {
              points: applied.baselinePoints ?? t('improvement.baseline.allPoints'),
              segments: data.unnecessaryDaysXmrChart.segments
                .map((s) => periodLabel(s.firstPeriod, granularity, i18n.language))
                .join(', '),
            })}
          </p>
          <XmrChartView
            rows={chartRows(data.unnecessaryDaysXmrChart, granularity, i18n.language)}
            notes={notes}
            granularity={granularity}
            description={t('improvement.baseline.description')}
          />
        </>
      )}
    </section>
  );
}
