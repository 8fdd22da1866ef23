import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { useDirectory } from '../graphql/directory';
import { graphql } from '../graphql/generated';
import type { CountingRule } from '../graphql/generated/graphql';
import { formatNumber } from '../i18n/i18n';
import { Empty, ErrorMessage, Loading } from '../layout/states';
import { Breakdown, type KeyValue } from './breakdown';
import { downloadCsv, toCsv } from './csv';
import { WaitingPatients } from './waiting-patients';
import { XmrChartView } from './xmr-chart';
import { chartRows, type ChartRow, type Granularity } from './xmr';

const granularities: Granularity[] = ['DAY', 'WEEK', 'MONTH', 'YEAR'];
const rules: CountingRule[] = ['EVERY_READY_MIDNIGHT', 'FINAL_READY_PERIOD', 'MUNICIPAL_LIABILITY'];

const DASHBOARD = graphql(`
  query Dashboard($filter: UnnecessaryDaysFilter!, $granularity: Granularity!) {
    unnecessaryDays(filter: $filter, granularity: $granularity) {
      total
      byCause {
        key
        value
      }
      byWard {
        key
        value
      }
      byHospital {
        key
        value
      }
      byReceivingOrganisation {
        key
        value
      }
    }
    unnecessaryDaysXmrChart(filter: $filter, granularity: $granularity) {
      segments {
        firstPeriod
        mean
        upperLimit
        lowerLimit
      }
      points {
        period
        value
        segment
        outsideLimits
        shift
        trend
        twoOfThreeNearLimit
        specialCause
        variation
      }
    }
  }
`);

function defaults() {
  const today = new Date().toISOString().slice(0, 10);
  return {
    from: `${Number(today.slice(0, 4)) - 2}-01-01`,
    to: today,
    granularity: 'MONTH' as Granularity,
    rule: rules[0],
  };
}

/** The coaches' dashboard: the SPC chart of unnecessary days, its breakdowns and who waits now. */
export default function UnnecessaryDaysPage() {
  const { t, i18n } = useTranslation();
  const directory = useDirectory();
  const [params, setParams] = useSearchParams();
  const fallback = defaults();
  const filter = {
    from: params.get('from') ?? fallback.from,
    to: params.get('to') ?? fallback.to,
    granularity: (granularities.find((g) => g === params.get('granularity')) ??
      fallback.granularity) as Granularity,
    rule: rules.find((r) => r === params.get('rule')) ?? fallback.rule,
  };
  const [form, setForm] = useState(filter);
  const [{ data, error, fetching }, refetch] = useQuery({
    query: DASHBOARD,
    variables: {
      filter: { from: filter.from, to: filter.to, rule: filter.rule },
      granularity: filter.granularity,
    },
  });
  const rows = data ? chartRows(data.unnecessaryDaysXmrChart, filter.granularity) : [];
  const report = data?.unnecessaryDays;
  const signalText = (row: ChartRow) =>
    row.specialCause
      ? `${t(`dashboard.signals.${row.variation.toLowerCase()}`)}: ${row.signals.map((s) => t(`dashboard.signals.${s}`)).join(', ')}`
      : '';

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setParams({ from: form.from, to: form.to, granularity: form.granularity, rule: form.rule });
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
          r.specialCause ? [r.variation.toLowerCase(), ...r.signals].join(' ') : null,
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

  return (
    <section aria-labelledby="dashboard-title">
      <h1 id="dashboard-title">{t('dashboard.title')}</h1>
      <form className="filters" onSubmit={apply} aria-label={t('dashboard.filters')}>
        <div>
          <label htmlFor="from">{t('dashboard.from')}</label>
          <input
            id="from"
            type="date"
            required
            value={form.from}
            onChange={(e) => setForm({ ...form, from: e.target.value })}
          />
        </div>
        <div>
          <label htmlFor="to">{t('dashboard.to')}</label>
          <input
            id="to"
            type="date"
            required
            value={form.to}
            onChange={(e) => setForm({ ...form, to: e.target.value })}
          />
        </div>
        <div>
          <label htmlFor="granularity">{t('dashboard.granularity')}</label>
          <select
            id="granularity"
            value={form.granularity}
            onChange={(e) => setForm({ ...form, granularity: e.target.value as Granularity })}
          >
            {granularities.map((g) => (
              <option key={g} value={g}>
                {t(`dashboard.granularities.${g}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="rule">{t('dashboard.rule')}</label>
          <select
            id="rule"
            value={form.rule}
            onChange={(e) => setForm({ ...form, rule: e.target.value as CountingRule })}
          >
            {rules.map((r) => (
              <option key={r} value={r}>
                {t(`dashboard.rules.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t('dashboard.apply')}</button>
      </form>

      {error && <ErrorMessage error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />}
      {fetching && <Loading />}
      {report && !fetching && (
        <>
          <p className="total" aria-live="polite">
            {t('dashboard.total', {
              total: formatNumber(report.total, i18n.language),
              from: filter.from,
              to: filter.to,
            })}
          </p>
          <div className="toolbar">
            <button type="button" onClick={exportCsv}>
              {t('dashboard.export')}
            </button>
          </div>
          <h2>{t('dashboard.chart')}</h2>
          {report.total === 0 ? (
            <Empty>{t('dashboard.chartEmpty')}</Empty>
          ) : (
            <>
              {!hasLimits && <p className="state warning">{t('dashboard.tooFew')}</p>}
              <XmrChartView
                rows={rows}
                description={t('dashboard.chartDescription', {
                  granularity: t(`dashboard.granularities.${filter.granularity}`),
                })}
              />
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
                        <td className="number">{r.value}</td>
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
        </>
      )}
      <WaitingPatients />
    </section>
  );
}
