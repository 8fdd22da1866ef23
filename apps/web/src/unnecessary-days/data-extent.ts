import { useQuery } from 'urql';
import { today } from '../coach/dates';
import { EXTENT } from './dashboard-query';

/**
 * The period the dashboard opens on: from the first to the last year holding any unnecessary day
 * (a network's history goes back years), or the last two years when nothing is recorded yet.
 */
export function useDataExtent(): { from: string; to: string } | null {
  const to = today();
  const year = Number(to.slice(0, 4));
  const [{ data, error }] = useQuery({ query: EXTENT, variables: { from: `${year - 29}-01-01`, to } });
  const recent = { from: `${year - 2}-01-01`, to };
  if (error) return recent;
  if (!data) return null;
  const years = data.unnecessaryDays.series.filter((p) => p.value > 0);
  const [first, last] = [years.at(0), years.at(-1)];
  if (!first || !last) return recent;
  const lastDay = `${last.period.slice(0, 4)}-12-31`;
  return { from: first.period, to: lastDay < to ? lastDay : to };
}
