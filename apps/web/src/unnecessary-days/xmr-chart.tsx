import { useTranslation } from 'react-i18next';
import { Legend, Line, ReferenceArea, ReferenceLine, Tooltip, type DotProps } from 'recharts';
import { formatNumber } from '../i18n/i18n';
import { CENTRE_LINE, ChartFrame, VALUE_LINE } from './chart-frame';
import { periodLabel, type ChartNote, type ChartRow, type Granularity } from './xmr';

// Making Data Count's colours: blue for improvement, orange for concern, grey for common cause.
const colours = { IMPROVEMENT: '#005eb8', CONCERN: '#c25400', NEITHER: '#5c6670' } as const;

// The natural process limits: dashed steps, broken where a period has no data.
const LIMIT_LINE = {
  type: 'stepAfter',
  stroke: '#8a1538',
  strokeDasharray: '6 4',
  dot: false,
  isAnimationActive: false,
  connectNulls: false,
} as const;

const noteLabel = (n: ChartNote) =>
  ({ value: n.label, position: 'insideTopLeft', fill: '#212b32', fontSize: 12 }) as const;

// On long series (days over years) only the signals get a mark, so the chart stays quick to draw.
const DENSE = 200;

function SignalDot(props: DotProps & { payload?: ChartRow; onlySignals?: boolean }) {
  const { cx, cy, payload, onlySignals } = props;
  if (cx === undefined || cy === undefined || !payload || payload.value === null) return null;
  const signal = payload.specialCause;
  const colour = colours[payload.variation] ?? colours.NEITHER;
  return signal ? (
    <rect
      x={cx - 6}
      y={cy - 6}
      width={12}
      height={12}
      fill={colour}
      stroke="#fff"
      strokeWidth={1.5}
      data-signal={payload.variation.toLowerCase()}
    />
  ) : onlySignals ? null : (
    <circle cx={cx} cy={cy} r={3.5} fill={colours.NEITHER} />
  );
}

export function XmrChartView({
  rows,
  description,
  notes = [],
  granularity = 'MONTH',
}: {
  rows: ChartRow[];
  description: string;
  /** PDSA cycles and coaches' notes, shaded over the periods they span. */
  notes?: ChartNote[];
  granularity?: Granularity;
}) {
  const { t, i18n } = useTranslation();
  const labels = new Set(rows.map((r) => r.label));
  const at = (period: string) => periodLabel(period, granularity, i18n.language);
  const gaps = rows.filter((r) => r.noData).length;
  const number = (v: number) => formatNumber(v, i18n.language, 1);
  return (
    <figure className="chart" aria-label={t('dashboard.chart')}>
      <div role="img" aria-label={`${t('dashboard.chart')}. ${description}`}>
        <ChartFrame rows={rows} height={340}>
          <Tooltip formatter={(v) => (typeof v === 'number' ? number(v) : String(v))} />
          <Legend />
          {notes
            .filter((n) => labels.has(at(n.start)))
            .map((n) =>
              n.end && labels.has(at(n.end)) && at(n.end) !== at(n.start) ? (
                <ReferenceArea
                  key={n.label}
                  x1={at(n.start)}
                  x2={at(n.end)}
                  fill="#ffeb99"
                  fillOpacity={0.5}
                  label={noteLabel(n)}
                />
              ) : (
                <ReferenceLine key={n.label} x={at(n.start)} stroke="#7a5c00" label={noteLabel(n)} />
              ),
            )}
          <Line {...LIMIT_LINE} dataKey="upper" name={t('dashboard.upper')} />
          <Line {...CENTRE_LINE} dataKey="mean" name={t('dashboard.mean')} />
          <Line {...LIMIT_LINE} dataKey="lower" name={t('dashboard.lower')} />
          <Line
            {...VALUE_LINE}
            name={t('dashboard.value')}
            dot={<SignalDot onlySignals={rows.length > DENSE} />}
            activeDot={{ r: 6 }}
          />
        </ChartFrame>
      </div>
      <figcaption>
        <p>{description}</p>
        {gaps > 0 && <p>{t('networkDashboard.gaps', { count: gaps })}</p>}
        {notes.length > 0 && (
          <ul className="chart-notes" aria-label={t('networkDashboard.notesLabel')}>
            {notes.map((n) => (
              <li key={n.label}>
                {n.label} ({at(n.start)}
                {n.end ? `–${at(n.end)}` : ''})
              </li>
            ))}
          </ul>
        )}
        <ul className="chart-legend">
          <li>
            <span className="swatch improvement" aria-hidden="true" /> {t('dashboard.legend.improvement')}
          </li>
          <li>
            <span className="swatch concern" aria-hidden="true" /> {t('dashboard.legend.concern')}
          </li>
          <li>
            <span className="swatch common" aria-hidden="true" /> {t('dashboard.legend.common')}
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}
