import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { DIRECTORY_QUERY } from '../graphql/directory';
import type { CountingRule } from '../graphql/generated/graphql';
import type { Granularity } from './xmr';

export const granularities: Granularity[] = ['DAY', 'WEEK', 'MONTH', 'YEAR'];
export const rules: CountingRule[] = ['EVERY_READY_MIDNIGHT', 'FINAL_READY_PERIOD', 'MUNICIPAL_LIABILITY'];

export interface DashboardFilter {
  from: string;
  to: string;
  granularity: Granularity;
  rule: CountingRule;
  ward: string;
  hospital: string;
  municipality: string;
  chart: 'xmr' | 'run';
  baseline: string;
  rebase: string;
}

/** Period, counting rule, the unit filters the API has, and how the chart is read. */
export function DashboardFilters({
  form,
  onChange,
  onApply,
}: {
  form: DashboardFilter;
  onChange(next: DashboardFilter): void;
  onApply(): void;
}) {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: DIRECTORY_QUERY });
  const wards = (data?.careLinks ?? []).filter((l) => l.kind === 'hospital-ward');
  const hospitals = [...new Set(wards.map((w) => w.hospital).filter((h): h is string => !!h))].sort();
  const select = (key: keyof DashboardFilter, label: string, options: { value: string; label: string }[]) => (
    <div>
      <label htmlFor={`filter-${key}`}>{label}</label>
      <select
        id={`filter-${key}`}
        value={form[key]}
        onChange={(e) => onChange({ ...form, [key]: e.target.value })}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  const all = { value: '', label: t('networkDashboard.all') };
  return (
    <form
      className="filters no-print"
      onSubmit={(e) => {
        e.preventDefault();
        onApply();
      }}
      aria-label={t('dashboard.filters')}
    >
      <div>
        <label htmlFor="from">{t('dashboard.from')}</label>
        <input
          id="from"
          type="date"
          required
          value={form.from}
          onChange={(e) => onChange({ ...form, from: e.target.value })}
        />
      </div>
      <div>
        <label htmlFor="to">{t('dashboard.to')}</label>
        <input
          id="to"
          type="date"
          required
          value={form.to}
          onChange={(e) => onChange({ ...form, to: e.target.value })}
        />
      </div>
      <div>
        <label htmlFor="granularity">{t('dashboard.granularity')}</label>
        <select
          id="granularity"
          value={form.granularity}
          onChange={(e) => onChange({ ...form, granularity: e.target.value as Granularity })}
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
          onChange={(e) => onChange({ ...form, rule: e.target.value as CountingRule })}
        >
          {rules.map((r) => (
            <option key={r} value={r}>
              {t(`dashboard.rules.${r}`)}
            </option>
          ))}
        </select>
      </div>
      {select('ward', t('networkDashboard.ward'), [
        all,
        ...wards.map((w) => ({
          value: w.careLinkId,
          label: w.hospital ? `${w.name}, ${w.hospital}` : w.name,
        })),
      ])}
      {select('hospital', t('networkDashboard.hospital'), [
        all,
        ...hospitals.map((h) => ({ value: h, label: h })),
      ])}
      {select('municipality', t('networkDashboard.municipality'), [
        all,
        ...(data?.organisations ?? []).map((o) => ({ value: o.organisationId, label: o.name })),
      ])}
      {select('chart', t('networkDashboard.chartKind'), [
        { value: 'xmr', label: t('networkDashboard.xmr') },
        { value: 'run', label: t('networkDashboard.runChart') },
      ])}
      <div>
        <label htmlFor="filter-baseline">{t('networkDashboard.baseline')}</label>
        <input
          id="filter-baseline"
          type="number"
          min={2}
          value={form.baseline}
          onChange={(e) => onChange({ ...form, baseline: e.target.value })}
        />
      </div>
      <div>
        <label htmlFor="filter-rebase">{t('networkDashboard.rebase')}</label>
        <input
          id="filter-rebase"
          type="date"
          value={form.rebase}
          onChange={(e) => onChange({ ...form, rebase: e.target.value })}
        />
      </div>
      <button type="submit">{t('dashboard.apply')}</button>
    </form>
  );
}
