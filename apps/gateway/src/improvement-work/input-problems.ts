import type { GraphQLError } from 'graphql';
import { checkPeriod, type Problem } from '@carechain/domain';
import { invalidInput } from '../client-errors';

/** One BAD_USER_INPUT error naming every problem by its argument path, e.g. `input.aim.by`. */
export function refuse(problems: readonly Problem[], prefix = 'input.'): GraphQLError {
  return invalidInput(problems.map((p) => ({ ...p, field: `${prefix}${p.field}` })));
}

export function refuseIf(problems: readonly Problem[], prefix = 'input.'): void {
  if (problems.length) throw refuse(problems, prefix);
}

/** Unknown and not-yet-created look the same: a clear BAD_USER_INPUT naming the argument. */
export function notFound(argument: string, what: string, id: string): GraphQLError {
  return refuse([{ field: argument, message: `no ${what} '${id}'` }], '');
}

export const isUuid = (id: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

/** A local date as PostgreSQL's date column holds it. */
export const dateOf = (day: string) => new Date(`${day}T00:00:00Z`);
export const dayOf = (date: Date) => date.toISOString().slice(0, 10);

/** Checks a from/to pair of days, naming the argument at fault. */
export function checkSpan(from: string, to: string): void {
  refuseIf(checkPeriod(from, to), '');
}
