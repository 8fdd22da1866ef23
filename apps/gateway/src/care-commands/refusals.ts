import type { ContractProblem } from '@carechain/contracts';
import type { Refusal } from '@carechain/domain';
import { conflict, forbidden, invalidInput } from '../client-errors';

const inInput = (path: string) => `input.${path.replace(/^payload\./, '')}`;

/** A refusal decided in the domain, as GraphQL answers it: the fields named by their path in the mutation's input. */
export function refusalError(refusal: Refusal) {
  switch (refusal.kind) {
    case 'conflict':
      return conflict(inInput(refusal.field), refusal.message);
    case 'invalid':
      return problemsError(refusal.problems.map((p) => ({ path: p.field, message: p.message })));
    case 'forbidden':
      return forbidden(refusal.message);
  }
}

/** Every problem at once, each named by its path in the mutation's input. */
export const problemsError = (problems: ContractProblem[]) =>
  invalidInput(problems.map((p) => ({ field: inInput(p.path), message: p.message })));
