import '../coach/coach.css';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { formatDay } from '../coach/dates';
import { useDirectory } from '../graphql/directory';
import { formatNumber } from '../i18n/i18n';
import { Empty, ErrorMessage, Loading } from '../layout/states';
import { Breakdown, type KeyValue } from './breakdown';
import { downloadCsv, toCsv } from './csv';
import { DASHBOARD } from './dashboard-query';
import { DashboardFilters, granularities, rules, type DashboardFilter } from './dashboard-filters';
import { useDataExtent } from './data-extent';
import { Indicators } from './indicators';
import { RunChartView } from './run-chart';
import { XmrChartView } from './xmr-chart';
import { chartRows, type ChartNote, type ChartRow, type Granularity } from './xmr';

/** The first day of the period holding `day`, as the gateway's rebaseAt expects it. */
function periodStart(day: string, granularity: Granularity): string {
  if (granularity === 'YEAR') return `${day.slice(0, 4)}-01-01`;
  if (granularity === 'MONTH') return `${day.slice(0, 7)}-01`;
  if (granularity === 'DAY') return day;
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

/** Notes travel in the address as `day|text`, so a shared link shows the chart as the coach saw it. */
const parseNote = (note: string): ChartNote => {
  const [start, ...text] = note.split('|');
  return { start, label: text.join('|') };
};

/** The dashboard a network meeting reads: the SPC chart of unnecessary days, breakdowns, indicators. */
export default function UnnecessaryDaysPage() {
  const [params] = useSearchParams();
  const extent = useDataExtent();
  if (!params.get('from') && !extent) return <Loading />;
  return <Dashboard extent={extent ?? { from: '', to: '' }} />;
}

function Dashboard({ extent }: { extent: { from: string; to: string } }) {
  const { t, i18n } = useTranslation();
  const directory = useDirectory();
  const [params, setParams] = useSearchParams();
  const filter: DashboardFilter = {
    from: params.get('from') ?? extent.from,
    to: params.get('to') ?? extent.to,
    granularity: granularities.find((g) => g === params.get('granularity')) ?? 'MONTH',
    rule: rules.find((r) => r === params.get('rule')) ?? rules[0],
    ward: params.get('ward') ?? '',
    hospital: params.get('hospital') ?? '',
    municipality: params.get('municipality') ?? '',
    chart: params.get('chart') === 'run' ? 'run' : 'xmr',
    baseline: params.get('baseline') ?? '',
    rebase: params.get('rebase') ?? '',
  };
  const notes = params.getAll('note').map(parseNote);
  const [form, setForm] = useState(filter);
  const [note, setNote] = useState({ start: '', label: '' });
  const [{ data, error, fetching }, refetch] = useQuery({
    query: DASHBOARD,
    variables: {
      filter: {
        from: filter.from,
        to: filter.to,
        rule: filter.rule,
        wardCareLinkIds: filter.ward ? [filter.ward] : null,
        hospitals: filter.hospital ? [filter.hospital] : null,
        receivingOrganisationIds: filter.municipality ? [filter.municipality] : null,
      },
      granularity: filter.granularity,
      baselinePoints: filter.baseline ? Number(filter.baseline) : null,
      rebaseAt: filter.rebase ? [periodStart(filter.rebase, filter.granularity)] : null,
      run: filter.chart === 'run',
    },
  });
  const rows = data ? chartRows(data.unnecessaryDaysXmrChart, filter.granularity, i18n.language) : [];
  const report = data?.unnecessaryDays;
  const signalText = (row: ChartRow) =>
    row.noData
      ? t('networkDashboard.noData')
      : row.specialCause
        ? `${t(`dashboard.signals.${row.variation.toLowerCase()}`)}: ${row.signals.map((s) => t(`dashboard.signals.${s}`)).join(', ')}`
        : '';

  const save = (next: DashboardFilter, nextNotes: ChartNote[] = notes) => {
    const entries: [string, string][] = Object.entries(next).filter(([, v]) => v !== '' && v !== 'xmr');
    for (const n of nextNotes) entries.push(['note', `${n.start}|${n.label}`]);
    setParams(entries);
  };
  const addNote = (event: FormEvent) => {
    event.preventDefault();
    save(filter, [...notes, { start: periodStart(note.start, filter.granularity), label: note.label }]);
    setNote({ start: '', label: '' });
  };
  const exportCsv = () => {
    if (!report) return;
    const breakdown = (dimension: string, items: KeyValue[]) =>
      items.map((i) => [dimension, i.key, i.value, null, null, null, null]);
    const csv = toCsv(
      ['dimension', 'key', 'unnecessary_days', 'mean', 'upper_limit', 'lower_limit', 'signal'],
      [
        ...rows.map((r) => [
          'period',
          r.period,
          r.value,
          r.mean,
          r.upper,
          r.lower,
          r.noData ? 'no-data' : r.specialCause ? [r.variation.toLowerCase(), ...r.signals].join(' ') : null,
        ]),
        ...breakdown('cause', report.byCause),
        ...breakdown('ward', report.byWard),
        ...breakdown('hospital', report.byHospital),
        ...breakdown('receiving_organisation', report.byReceivingOrganisation),
      ],
    );
    downloadCsv(`unnecessary-days_${filter.from}_${filter.to}_${filter.granularity.toLowerCase()}.csv`, csv);
  };
  const hasLimits = data?.unnecessaryDaysXmrChart.segments.some((s) => s.upperLimit !== null);
  const unitFilter = [
    filter.ward && directory.careLink(filter.ward),
    filter.hospital,
    filter.municipality && directory.organisation(filter.municipality),
  ].filter(Boolean);

  return (
    <section aria-labelledby="dashboard-title" className="dashboard">
      <h1 id="dashboard-title">{t('dashboard.title')}</h1>
      <DashboardFilters form={form} onChange={setForm} onApply={() => save(form)} />

      {error && <ErrorMessage error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />}
      {fetching && <Loading />}
      {report && !fetching && (
        <>
          <p className="total" aria-live="polite">
            {t('dashboard.total', {
              total: formatNumber(report.total, i18n.language),
              from: formatDay(filter.from, i18n.language),
              to: formatDay(filter.to, i18n.language),
            })}
          </p>
          {unitFilter.length > 0 && (
            <p>{t('networkDashboard.filteredTo', { units: unitFilter.join(', ') })}</p>
          )}
          {filter.rule === 'MUNICIPAL_LIABILITY' && report.total === 0 && (
            <p className="state warning">{t('networkDashboard.liabilityZero')}</p>
          )}
          <div className="toolbar no-print">
            <button type="button" onClick={exportCsv}>
              {t('dashboard.export')}
            </button>
            <button type="button" onClick={() => window.print()}>
              {t('networkDashboard.print')}
            </button>
          </div>
          <h2>{filter.chart === 'run' ? t('networkDashboard.run.title') : t('dashboard.chart')}</h2>
          {report.total === 0 ? (
            <Empty>{t('dashboard.chartEmpty')}</Empty>
          ) : filter.chart === 'run' && data.unnecessaryDaysRunChart ? (
            <RunChartView chart={data.unnecessaryDaysRunChart} granularity={filter.granularity} />
          ) : (
            <>
              {!hasLimits && <p className="state warning">{t('dashboard.tooFew')}</p>}
              <XmrChartView
                rows={rows}
                notes={notes}
                granularity={filter.granularity}
                description={t('dashboard.chartDescription', {
                  granularity: t(`dashboard.granularities.${filter.granularity}`),
                })}
              />
              <p className="rules">{t('networkDashboard.xmrRules')}</p>
              <details className="values">
                <summary>{t('dashboard.table')}</summary>
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('dashboard.period')}</th>
                      <th scope="col" className="number">
                        {t('dashboard.value')}
                      </th>
                      <th scope="col" className="number">
                        {t('dashboard.mean')}
                      </th>
                      <th scope="col" className="number">
                        {t('dashboard.upper')}
                      </th>
                      <th scope="col" className="number">
                        {t('dashboard.lower')}
                      </th>
                      <th scope="col">{t('dashboard.signal')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((r) => (
                      <tr key={r.period}>
                        <th scope="row">{r.label}</th>
                        <td className="number">{r.value ?? '–'}</td>
                        <td className="number">
                          {r.mean === null ? '–' : formatNumber(r.mean, i18n.language, 1)}
                        </td>
                        <td className="number">
                          {r.upper === null ? '–' : formatNumber(r.upper, i18n.language, 1)}
                        </td>
                        <td className="number">
                          {r.lower === null ? '–' : formatNumber(r.lower, i18n.language, 1)}
                        </td>
                        <td>{signalText(r)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </details>
            </>
          )}
          <form className="filters no-print" onSubmit={addNote} aria-label={t('networkDashboard.addNote')}>
            <div>
              <label htmlFor="note-day">{t('networkDashboard.noteDay')}</label>
              <input
                id="note-day"
                type="date"
                required
                value={note.start}
                onChange={(e) => setNote({ ...note, start: e.target.value })}
              />
            </div>
            <div>
              <label htmlFor="note-text">{t('networkDashboard.noteText')}</label>
              <input
                id="note-text"
                required
                value={note.label}
                onChange={(e) => setNote({ ...note, label: e.target.value })}
              />
            </div>
            <button type="submit">{t('networkDashboard.addNote')}</button>
          </form>
          <h2>{t('dashboard.breakdowns')}</h2>
          <div className="breakdowns">
            <Breakdown
              id="by-cause"
              title={t('dashboard.byCause')}
              items={report.byCause}
              name={(k) => t(`causes.${k}`, { defaultValue: k })}
            />
            <Breakdown
              id="by-ward"
              title={t('dashboard.byWard')}
              items={report.byWard}
              name={directory.careLink}
            />
            <Breakdown
              id="by-hospital"
              title={t('dashboard.byHospital')}
              items={report.byHospital}
              name={(k) => k}
            />
            <Breakdown
              id="by-municipality"
              title={t('dashboard.byMunicipality')}
              items={report.byReceivingOrganisation}
              name={directory.organisation}
            />
          </div>
          <Indicators from={filter.from} to={filter.to} granularity={filter.granularity} />
        </>
      )}
    </section>
  );
}
