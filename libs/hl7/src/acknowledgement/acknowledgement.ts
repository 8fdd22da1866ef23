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
  if (!problem) return fromCarechain(original.buildAck({ ackCode: 'AA' }));
  const errSegment = beforeVersion25(original)
    ? errorOfVersion2x(problem, context)
    : new Hl7Segment(
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
  const ack = fromCarechain(original.buildAck({ ackCode: problem.ackCode, errSegment }));
  ack.getSegment('MSA')?.setField(3, escapeHl7(problem.reason, context));
  return ack;
}

const commitCodeOf: Record<string, string> = { AA: 'CA', AE: 'CE', AR: 'CR' };

/**
 * The acknowledgements a message asked for. Original mode (MSH-15 and MSH-16 empty): the
 * application ACK. Enhanced mode: a commit ACK (CA/CE/CR) where MSH-15 asks for it, then the
 * application ACK where MSH-16 asks (AL always, NE never, ER on errors, SU on success; an empty
 * one of the two counts as AL).
 */
export function acknowledgementsAsked(message: Hl7Message, applicationAck: Hl7Message): Hl7Message[] {
  const msh = message.getSegment('MSH');
  const accept = msh?.getField(15)?.toString() ?? '';
  const application = msh?.getField(16)?.toString() ?? '';
  if (!accept && !application) return [applicationAck];
  const msa = applicationAck.getSegment('MSA');
  const code = msa?.getField(1)?.toString() ?? 'AA';
  const asked = (condition: string) =>
    condition === '' ||
    condition === 'AL' ||
    (condition === 'ER' ? code !== 'AA' : condition === 'SU' && code === 'AA');
  const commit = Hl7Message.parse(applicationAck.toString());
  commit.getSegment('MSA')?.setField(1, commitCodeOf[code] ?? 'CR');
  return [...(asked(accept) ? [commit] : []), ...(asked(application) ? [applicationAck] : [])];
}

// The ACK names Carechain as its sender even when the message left MSH-5/6 empty.
function fromCarechain(ack: Hl7Message): Hl7Message {
  const msh = ack.getSegment('MSH');
  if (msh && !msh.getField(3)?.toString()) msh.setField(3, 'CARECHAIN');
  return ack;
}

// ERR-2..8 came with 2.5; older senders read ERR-1 (segment^sequence^field^code&text&table).
function beforeVersion25(message: Hl7Message): boolean {
  const version = message.getSegment('MSH')?.getField(12)?.getComponent(1) ?? '';
  return /^2\.[1-4](\.|$)/.test(version);
}

function errorOfVersion2x(problem: AdtProblem, context: Hl7Message['context']): Hl7Segment {
  const [segment = '', position = ''] = (problem.location ?? '').split('-');
  const field = position.split('.')[0];
  const code = [problem.errorCode, errorCodeText[problem.errorCode], 'HL70357'].join(
    context.subcomponentSeparator,
  );
  return new Hl7Segment(
    ['ERR', [segment, segment ? '1' : '', field ?? '', code].join(context.componentSeparator)],
    context,
  );
}

// ERL: segment^occurrence^field[^repetition^component], from 'PV1-3' or 'PID-3.4'.
function errorLocationOf(location: string, separator: string): string {
  const [segment, position = ''] = location.split('-');
  const [field, component] = position.split('.');
  return [segment, '1', ...(field ? [field] : []), ...(component ? ['1', component] : [])].join(separator);
}
