import { Hl7Message } from '@medplum/core';
import { acknowledgementOf } from '../acknowledgement/acknowledgement';
import { adtMessages } from '../adt/__fixtures__/adt-messages';
import { batchAcknowledgement, readBatch } from './hl7-batch';

describe('an engine sends the night’s admissions as one batch file', () => {
  const file = [
    'FHS|^~\\&|COSMIC|RYHOV|CARECHAIN|ESTHER|20261117060000||||FILE-17',
    'BHS|^~\\&|COSMIC|RYHOV|CARECHAIN|ESTHER|20261117060000||||BATCH-17',
    adtMessages.admitted,
    adtMessages.transferred,
    'BTS|2',
    'FTS|1',
  ].join('\r');

  it('reads each message of the batch with all its segments', () => {
    const batch = readBatch(file)!;
    expect(batch.messages).toEqual([adtMessages.admitted, adtMessages.transferred]);
    expect(batch.batchHeader).toContain('BATCH-17');
  });

  it('is not a batch when the frame is a single message', () => {
    expect(readBatch(adtMessages.admitted)).toBeUndefined();
  });

  it('answers with a batch file from Carechain naming the sender’s batch and file, one ACK per message in order', () => {
    const batch = readBatch(file)!;
    const acks = batch.messages.map((m) => acknowledgementOf(Hl7Message.parse(m)));
    const answer = batchAcknowledgement(batch, acks, new Date('2026-11-17T05:00:03Z')).split('\r');
    expect(answer[0]).toBe('FHS|^~\\&|CARECHAIN||COSMIC|RYHOV|20261117050003|||||FILE-17');
    expect(answer[1]).toBe('BHS|^~\\&|CARECHAIN||COSMIC|RYHOV|20261117050003|||||BATCH-17');
    expect(answer.filter((s) => s.startsWith('MSA'))).toEqual([
      'MSA|AA|MSG-A01-0001|OK',
      'MSA|AA|MSG-A02-0002|OK',
    ]);
    expect(answer.slice(-2)).toEqual(['BTS|2', 'FTS|1']);
  });
});
