import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSave } from '../coach/save';
import { useDirectory } from '../graphql/directory';
import type { Granularity, ImprovementProjectQuery } from '../graphql/generated/graphql';
import { XmrChartView } from '../unnecessary-days/xmr-chart';
import { chartRows, periodLabel, type ChartNote } from '../unnecessary-days/xmr';
import { BaselinePanel } from './baseline-panel';
import { RECORD_VALUE } from './operations';

type Measure = ImprovementProjectQuery['improvementProject']['measures'][number];

/** A measure's chart against the baseline fixed at the start, with the PDSA cycles shaded on it. */
export function MeasureSection({
  measure,
  granularity,
  notes,
  editable,
  onSaved,
}: {
  measure: Measure;
  granularity: Granularity;
  notes: ChartNote[];
  editable: boolean;
  onSaved(): void;
}) {
  const { t, i18n } = useTranslation();
  const directory = useDirectory();
  const chart = measure.chart;
  const bound =
    measure.series.kind === 'UNNECESSARY_DAYS'
      ? t('improvement.series.wards', {
          wards: measure.series.wardCareLinkIds.map(directory.careLink).join(', '),
        })
      : measure.series.kind === 'MANUAL'
        ? t('improvement.series.manual', { unit: measure.series.unit ?? '' })
        : t(`improvement.kinds.${measure.series.kind}`);
  return (
    <section className="measure" aria-labelledby={`measure-${measure.measureId}`}>
      <h3 id={`measure-${measure.measureId}`}>
        {measure.name} ({t(`improvement.measureRoles.${measure.role}`, { defaultValue: measure.role })})
      </h3>
      <p className="meta">
        {bound} · {t(`improvement.directions.${measure.improvement}`)}
      </p>
      {chart ? (
        <>
          <p>
            {chart.baselineFixed
              ? t('improvement.baselineFixed', {
                  points: chart.baselinePoints,
                  first: periodLabel(chart.segments[0]?.firstPeriod ?? '', granularity, i18n.language),
                })
              : t('improvement.baselineNotFixed')}{' '}
            {chart.firstImprovementSignal &&
              t('improvement.firstSignal', {
                period: periodLabel(chart.firstImprovementSignal, granularity, i18n.language),
              })}
          </p>
          <XmrChartView
            rows={chartRows(chart, granularity, i18n.language)}
            notes={notes}
            granularity={granularity}
            description={t('improvement.chartDescription', { name: measure.name })}
          />
          {measure.series.kind === 'UNNECESSARY_DAYS' && editable && (
            <BaselinePanel
              measureId={measure.measureId}
              wards={measure.series.wardCareLinkIds}
              from={chart.points[0]?.period ?? chart.segments[0].firstPeriod}
              periods={chart.points.map((p) => p.period)}
              granularity={granularity}
              improvement={measure.improvement}
              notes={notes}
            />
          )}
        </>
      ) : (
        <p className="state empty">{t('improvement.noValues')}</p>
      )}
      {measure.series.kind === 'MANUAL' && editable && (
        <ManualValue measureId={measure.measureId} onSaved={onSaved} />
      )}
    </section>
  );
}

function ManualValue({ measureId, onSaved }: { measureId: string; onSaved(): void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ period: '', value: '' });
  const record = useSave(RECORD_VALUE);
  const send = async (event: FormEvent) => {
    event.preventDefault();
    if ((await record.run({ measureId, period: form.period, value: Number(form.value) })) !== undefined)
      onSaved();
  };
  return (
    <form className="filters" onSubmit={send}>
      <div>
        <label htmlFor={`${measureId}-period`}>{t('improvement.manual.period')}</label>
        <input
          id={`${measureId}-period`}
          type="date"
          required
          value={form.period}
          onChange={(e) => setForm({ ...form, period: e.target.value })}
        />
      </div>
      <div>
        <label htmlFor={`${measureId}-value`}>{t('improvement.manual.value')}</label>
        <input
          id={`${measureId}-value`}
          type="number"
          step="any"
          required
          value={form.value}
          onChange={(e) => setForm({ ...form, value: e.target.value })}
        />
      </div>
      <button type="submit" disabled={record.fetching}>
        {t('improvement.manual.record')}
      </button>
      {record.status}
    </form>
  );
}
