import { GraphQLError } from 'graphql';
import type { ContractProblem } from '@carechain/contracts';
import type { Refusal } from '@carechain/domain';

/** A refusal decided in the domain, as GraphQL answers it: the fields named by their path in the mutation's input. */
export function refusalError(refusal: Refusal): GraphQLError {
  switch (refusal.kind) {
    case 'conflict':
      return new GraphQLError(`input.${refusal.field}: ${refusal.message}`, {
        extensions: { code: 'CONFLICT', argumentName: `input.${refusal.field}` },
      });
    case 'invalid':
      return problemsError(refusal.problems.map((p) => ({ path: p.field, message: p.message })));
    case 'forbidden':
      return new GraphQLError(refusal.message, { extensions: { code: 'FORBIDDEN' } });
  }
}

/** Every problem at once, each named by its path in the mutation's input. */
export function problemsError(problems: ContractProblem[]): GraphQLError {
  const fields = problems.map((p) => `input.${p.path.replace(/^payload\./, '')}`);
  return new GraphQLError(problems.map((p, i) => `${fields[i]}: ${p.message}`).join('; '), {
    extensions: { code: 'BAD_USER_INPUT', argumentName: fields[0] },
  });
}
