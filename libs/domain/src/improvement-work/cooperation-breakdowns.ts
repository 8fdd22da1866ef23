import { checkDay, checkText, periodOf, type Problem } from './problems';

/** A clinician's quick report of cooperation between care links breaking down; not an incident report. */
export interface BreakdownReportDraft {
  occurredOn: string;
  careLinkIds: string[];
  whatHappened: string;
  consequence: string | null;
}

export function checkBreakdownReport(
  draft: BreakdownReportDraft,
  knownCareLinks: ReadonlySet<string>,
  today: string,
): Problem[] {
  const problems = [
    ...checkDay('occurredOn', draft.occurredOn),
    ...checkText('whatHappened', draft.whatHappened, 4000),
  ];
  if (!problems.length && draft.occurredOn > today)
    problems.push({ field: 'occurredOn', message: `must not be after today (${today})` });
  if (draft.consequence !== null && draft.consequence.length > 2000)
    problems.push({ field: 'consequence', message: 'must be at most 2000 characters' });
  const links = new Set(draft.careLinkIds);
  if (links.size < 2)
    problems.push({
      field: 'careLinkIds',
      message: 'name at least two care links: cooperation breaks down between links',
    });
  const unknown = [...links].filter((id) => !knownCareLinks.has(id));
  if (unknown.length)
    problems.push({
      field: 'careLinkIds',
      message: `no care link ${unknown.map((id) => `'${id}'`).join(', ')} in the directory`,
    });
  return problems;
}

export interface BreakdownTrend {
  /** The two care links, in alphabetical order. */
  careLinkIds: [string, string];
  total: number;
  series: { period: string; value: number }[];
}

/**
 * Breakdowns per pair of care links and period. A report naming three links counts once for each
 * of its three pairs; pairs come most reported first, every period shown so quiet ones read 0.
 */
export function breakdownTrends(
  reports: readonly Pick<BreakdownReportDraft, 'occurredOn' | 'careLinkIds'>[],
  periodStarts: readonly string[],
): BreakdownTrend[] {
  const trends = new Map<string, BreakdownTrend>();
  for (const report of reports) {
    const period = periodOf(report.occurredOn, periodStarts);
    if (!period) continue;
    for (const pair of pairsOf(report.careLinkIds)) {
      const key = pair.join('\u0000');
      const trend = trends.get(key) ?? {
        careLinkIds: pair,
        total: 0,
        series: periodStarts.map((p) => ({ period: p, value: 0 })),
      };
      trend.total++;
      trend.series[periodStarts.indexOf(period)].value++;
      trends.set(key, trend);
    }
  }
  return [...trends.values()].sort(
    (a, b) => b.total - a.total || a.careLinkIds.join().localeCompare(b.careLinkIds.join()),
  );
}

function pairsOf(careLinkIds: readonly string[]): [string, string][] {
  const links = [...new Set(careLinkIds)].sort();
  return links.flatMap((a, i) => links.slice(i + 1).map((b): [string, string] => [a, b]));
}
