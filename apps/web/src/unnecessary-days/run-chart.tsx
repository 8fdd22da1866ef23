import { useTranslation } from 'react-i18next';
import { Legend, Line, Tooltip, type DotProps } from 'recharts';
import { formatNumber } from '../i18n/i18n';
import { CENTRE_LINE, ChartFrame, VALUE_LINE } from './chart-frame';
import { periodLabel, type Granularity } from './xmr';

export interface RunChart {
  median: number;
  runs: number;
  usefulObservations: number;
  tooFewRuns: boolean;
  tooManyRuns: boolean;
  points: { period: string; value: number; shift: boolean; trend: boolean }[];
  periodsWithoutData: string[];
}

type Row = { label: string; value: number | null; median: number; shift: boolean; trend: boolean };

function RunDot({ cx, cy, payload }: DotProps & { payload?: Row }) {
  if (cx === undefined || cy === undefined || !payload || payload.value === null) return null;
  return payload.shift || payload.trend ? (
    <rect x={cx - 5} y={cy - 5} width={10} height={10} fill="#005eb8" data-run-signal="true" />
  ) : (
    <circle cx={cx} cy={cy} r={3} fill="#5c6670" />
  );
}

/** The run chart: values around their median, with the run rules' signals and the gaps without data. */
export function RunChartView({ chart, granularity }: { chart: RunChart; granularity: Granularity }) {
  const { t, i18n } = useTranslation();
  const rows: Row[] = [
    ...chart.points.map((p) => ({
      ...p,
      label: periodLabel(p.period, granularity, i18n.language),
      period: p.period,
      median: chart.median,
    })),
    ...chart.periodsWithoutData.map((period) => ({
      period,
      label: periodLabel(period, granularity, i18n.language),
      value: null,
      median: chart.median,
      shift: false,
      trend: false,
    })),
  ].sort((a, b) => a.period.localeCompare(b.period));
  const signals = chart.points.filter((p) => p.shift || p.trend).length;
  const description = t('networkDashboard.run.description', {
    median: formatNumber(chart.median, i18n.language, 1),
    runs: chart.runs,
    useful: chart.usefulObservations,
    signals,
  });
  return (
    <figure className="chart" aria-label={t('networkDashboard.run.title')}>
      <div role="img" aria-label={`${t('networkDashboard.run.title')}. ${description}`}>
        <ChartFrame rows={rows} height={300}>
          <Tooltip />
          <Legend />
          {/* In the legend, as the XmR chart's mean: a label on the line itself would sit on the points. */}
          <Line {...CENTRE_LINE} dataKey="median" name={t('networkDashboard.run.median')} />
          <Line {...VALUE_LINE} name={t('dashboard.value')} dot={<RunDot />} />
        </ChartFrame>
      </div>
      <figcaption>
        <p>{description}</p>
        <p>{t('networkDashboard.run.rules')}</p>
        {(chart.tooFewRuns || chart.tooManyRuns) && (
          <p className="state warning">
            {t(chart.tooFewRuns ? 'networkDashboard.run.tooFew' : 'networkDashboard.run.tooMany')}
          </p>
        )}
        {chart.periodsWithoutData.length > 0 && (
          <p>{t('networkDashboard.gaps', { count: chart.periodsWithoutData.length })}</p>
        )}
      </figcaption>
    </figure>
  );
}
