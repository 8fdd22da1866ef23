import { Hl7Message } from '@medplum/core';
import { acknowledgementOf } from './acknowledgement';
import { adtMessages } from '../adt/__fixtures__/adt-messages';

describe('the sending engine reads the ACK of its message', () => {
  const message = Hl7Message.parse(adtMessages.admitted);

  it('gets AA for its control id, addressed back to the sender', () => {
    const ack = acknowledgementOf(message);
    expect(ack.getSegment('MSA')!.toString()).toBe('MSA|AA|MSG-A01-0001|OK');
    expect(ack.getSegment('MSH')!.getField(5).toString()).toBe('COSMIC');
    expect(ack.getSegment('MSH')!.getField(9).toString()).toBe('ACK^A01^ACK');
    expect(ack.getSegment('ERR')).toBeUndefined();
  });

  it('gets AE with the reason in MSA-3 and where and what in ERR', () => {
    const ack = acknowledgementOf(message, {
      ackCode: 'AE',
      errorCode: 103,
      location: 'PV1-3',
      reason: "PV1-3 code 'A|B' is not in the mapping's wards",
    });
    expect(ack.getSegment('MSA')!.toString()).toBe(
      "MSA|AE|MSG-A01-0001|PV1-3 code 'A\\F\\B' is not in the mapping's wards",
    );
    expect(ack.getSegment('ERR')!.toString()).toBe(
      "ERR||PV1^1^3|103^Table value not found^HL70357|E||||PV1-3 code 'A\\F\\B' is not in the mapping's wards",
    );
  });

  it('gets an answer without control id for a message too broken to read', () => {
    const ack = acknowledgementOf(undefined, {
      ackCode: 'AE',
      errorCode: 102,
      reason: 'the message does not begin with an MSH segment',
    });
    expect(ack.getSegment('MSA')!.toString()).toBe('MSA|AE||the message does not begin with an MSH segment');
    expect(ack.getSegment('ERR')!.getField(3).toString()).toBe('102^Data type error^HL70357');
  });
});
