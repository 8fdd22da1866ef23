import { Hl7Message } from '@medplum/core';

/** An FHS/BHS batch file as one MLLP frame: its header segments and the messages inside. */
export interface Hl7Batch {
  fileHeader?: string;
  batchHeader?: string;
  messages: string[];
}

/** The batch in a frame's text, or undefined when the text is a single message. */
export function readBatch(text: string): Hl7Batch | undefined {
  if (!/^(FHS|BHS)/.test(text)) return undefined;
  const batch: Hl7Batch = { messages: [] };
  for (const segment of text.split(/\r\n?|\n/).filter(Boolean)) {
    const name = segment.slice(0, 3);
    if (name === 'FHS') batch.fileHeader = segment;
    else if (name === 'BHS') batch.batchHeader = segment;
    else if (name === 'MSH') batch.messages.push(segment);
    else if (name !== 'BTS' && name !== 'FTS' && batch.messages.length)
      batch.messages[batch.messages.length - 1] += `\r${segment}`;
  }
  return batch;
}

/**
 * The answer to a batch: a batch of the same shape from Carechain, holding one ACK per message in
 * the order sent, its BHS-12 (FHS-12) naming the sender's batch (file) control id.
 */
export function batchAcknowledgement(batch: Hl7Batch, acks: Hl7Message[], at: Date): string {
  const answerHeader = (header: string | undefined, name: 'FHS' | 'BHS') => {
    const separator = header?.[3] ?? '|';
    const fields = header?.split(separator) ?? [name, '^~\\&'];
    const [, encoding = '^~\\&', sendingApp = '', sendingFacility = '', , , , , , , controlId = ''] = fields;
    // FHS-1 is the separator itself, so piece n of the split is FHS-(n+1): FHS-11 is piece 10.
    return [
      name,
      encoding,
      'CARECHAIN',
      '',
      sendingApp,
      sendingFacility,
      hl7Time(at),
      '',
      '',
      '',
      '',
      controlId,
    ].join(separator);
  };
  return [
    ...(batch.fileHeader ? [answerHeader(batch.fileHeader, 'FHS')] : []),
    answerHeader(batch.batchHeader, 'BHS'),
    ...acks.map((ack) => ack.toString()),
    `BTS|${acks.length}`,
    ...(batch.fileHeader ? ['FTS|1'] : []),
  ].join('\r');
}

const hl7Time = (at: Date) => at.toISOString().replace(/[-:T]/g, '').slice(0, 14);
