import { GraphQLError } from 'graphql';
import { patientIdSchema } from '@carechain/contracts';

/** A refusal naming the argument or input field that is wrong, the way every capability answers bad input. */
export function badInput(field: string, message: string): GraphQLError {
  return new GraphQLError(`${field}: ${message}`, {
    extensions: { code: 'BAD_USER_INPUT', argumentName: field },
  });
}

export function checkPatientId(field: string, patientId: string): void {
  const checked = patientIdSchema.safeParse(patientId);
  if (!checked.success) throw badInput(field, checked.error.issues[0].message);
}
