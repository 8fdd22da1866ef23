import { GraphQLError } from 'graphql';
import { patientIdSchema } from '@carechain/contracts';

/** One thing wrong with a request, named by its argument path, e.g. `input.aim.by`. */
export interface FieldProblem {
  field: string;
  message: string;
}

type ClientErrorCode = 'BAD_USER_INPUT' | 'FORBIDDEN' | 'CONFLICT' | 'NOT_FOUND';

/**
 * Every refusal the gateway gives a client, in one shape: `extensions.code`, and for a problem with
 * the request itself `argumentName` (the first field at fault) and `problems` (every one of them).
 */
function clientError(code: ClientErrorCode, message: string, problems: readonly FieldProblem[] = []) {
  return new GraphQLError(message, {
    extensions: { code, ...(problems.length ? { argumentName: problems[0].field, problems } : {}) },
  });
}

const named = (problems: readonly FieldProblem[]) =>
  problems.map((p) => `${p.field}: ${p.message}`).join('; ');

/** Every problem with the input at once, each named by its path. */
export const invalidInput = (problems: readonly FieldProblem[]) =>
  clientError('BAD_USER_INPUT', named(problems), problems);

export const badInput = (field: string, message: string) => invalidInput([{ field, message }]);

/** The caller may not do or see this; the message says why, never whether the thing exists. */
export const forbidden = (message: string) => clientError('FORBIDDEN', message);

/** The second of two writers working from the same version: it must reload and decide again. */
export const conflict = (field: string, message: string) =>
  clientError('CONFLICT', named([{ field, message }]), [{ field, message }]);

export const notFound = (field: string, message: string) =>
  clientError('NOT_FOUND', named([{ field, message }]), [{ field, message }]);

export function checkPatientId(field: string, patientId: string): void {
  const checked = patientIdSchema.safeParse(patientId);
  if (!checked.success) throw badInput(field, checked.error.issues[0].message);
}

/** An argument that is an ISO 8601 date or date-time, as an instant; BAD_USER_INPUT naming it otherwise. */
export function instantIn(field: string, value: string): Date {
  const at = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(at.getTime()))
    throw badInput(field, `'${value}' is not an ISO 8601 date or date-time`);
  return at;
}
