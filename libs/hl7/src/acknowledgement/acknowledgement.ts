import { Hl7Message, Hl7Segment } from '@medplum/core';
import { escapeHl7 } from '../message/hl7-values';
import type { AdtProblem, Hl7ErrorCode } from '../adt/adt-care-event';

const errorCodeText: Record<Hl7ErrorCode, string> = {
  101: 'Required field missing',
  102: 'Data type error',
  103: 'Table value not found',
  200: 'Unsupported message type',
  201: 'Unsupported event code',
  202: 'Unsupported processing id',
  203: 'Unsupported version id',
  205: 'Duplicate key identifier',
  207: 'Application internal error',
};

/**
 * The ACK for a message: AA, or AE/AR with the reason in MSA-3 and an ERR segment (location in
 * ERR-2, HL7 table 0357 code in ERR-3, the reason again in ERR-8 for engines that show that).
 * A message too broken to read is answered without a control id.
 */
export function acknowledgementOf(message: Hl7Message | undefined, problem?: AdtProblem): Hl7Message {
  const original = message ?? new Hl7Message([]);
  const { context } = original;
  if (!problem) return original.buildAck({ ackCode: 'AA' });
  const errSegment = new Hl7Segment(
    [
      'ERR',
      '',
      problem.location ? errorLocationOf(problem.location, context.componentSeparator) : '',
      [problem.errorCode, errorCodeText[problem.errorCode], 'HL70357'].join(context.componentSeparator),
      'E',
      '',
      '',
      '',
      escapeHl7(problem.reason, context),
    ],
    context,
  );
  const ack = original.buildAck({ ackCode: problem.ackCode, errSegment });
  ack.getSegment('MSA')?.setField(3, escapeHl7(problem.reason, context));
  return ack;
}

// ERL: segment^occurrence^field[^repetition^component], from 'PV1-3' or 'PID-3.4'.
function errorLocationOf(location: string, separator: string): string {
  const [segment, position = ''] = location.split('-');
  const [field, component] = position.split('.');
  return [segment, '1', ...(field ? [field] : []), ...(component ? ['1', component] : [])].join(separator);
}
