import type { DocumentNode, GraphQLSchema } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';

/**
 * Cost per period of the series a dashboard field computes: each period is a group in the
 * database, a point in the answer and, for charts, a step of the limits and run rules; hospital days
 * join every stay to every period.
 */
const costPerPeriod: Record<string, number> = {
  unnecessaryDays: 1,
  unnecessaryDaysXmrChart: 2,
  unnecessaryDaysRunChart: 2,
  admissions: 1,
  hospitalDays: 2,
};

const DAY_MS = 86_400_000;
const day = (value: unknown) => (typeof value === 'string' ? Date.parse(`${value}T00:00:00Z`) : NaN);

/** How many periods of the granularity a date range spans (both ends counted), or 0 when unreadable. */
export function periodsIn(from: unknown, to: unknown, granularity: unknown): number {
  const [start, end] = [day(from), day(to)];
  if (Number.isNaN(start) || Number.isNaN(end) || end < start) return 0;
  const days = (end - start) / DAY_MS + 1;
  const [a, b] = [new Date(start), new Date(end)];
  const months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth() + 1;
  switch (String(granularity).toLowerCase()) {
    case 'day':
      return days;
    case 'week':
      return Math.ceil(days / 7) + 1;
    case 'month':
      return months;
    case 'year':
      return b.getUTCFullYear() - a.getUTCFullYear() + 1;
    default:
      return 0;
  }
}

/** Dashboard series weigh what they compute: date range x granularity. Bad dates are refused later by the resolver. */
const seriesEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const perPeriod = costPerPeriod[field.name];
  if (perPeriod === undefined) return undefined;
  const range = (args.filter ?? args) as { from?: unknown; to?: unknown };
  return 1 + childComplexity + perPeriod * periodsIn(range.from, range.to, args.granularity);
};

/**
 * The cost of one operation with its variables: one per field, plus the series above. Variables
 * count, so a period passed as a variable weighs as much as one written in the query.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
): number {
  return getComplexity({
    schema,
    query: document,
    variables,
    operationName,
    estimators: [seriesEstimator, simpleEstimator({ defaultComplexity: 1 })],
  });
}
