import { Hl7Message } from '@medplum/core';
import { acknowledgementOf, acknowledgementsAsked } from './acknowledgement';
import { adtMessages } from '../adt/__fixtures__/adt-messages';

const withModes = (accept: string, application: string) =>
  Hl7Message.parse(adtMessages.admitted.replace('|||AL|NE|', `|||${accept}|${application}|`));
const codes = (acks: Hl7Message[]) => acks.map((a) => a.getSegment('MSA')!.getField(1).toString());
const unmapped = {
  ackCode: 'AE',
  errorCode: 103,
  location: 'PV1-3',
  reason: "PV1-3 code 'X' is not in the mapping's wards",
} as const;

describe('an engine asks for acknowledgements in original or enhanced mode', () => {
  it('gets the application ACK alone when MSH-15 and MSH-16 are empty (original mode)', () => {
    const message = withModes('', '');
    expect(codes(acknowledgementsAsked(message, acknowledgementOf(message)))).toEqual(['AA']);
  });

  it('gets only a commit accept when it asks for accept ACKs always and application ACKs never', () => {
    const message = withModes('AL', 'NE');
    expect(codes(acknowledgementsAsked(message, acknowledgementOf(message)))).toEqual(['CA']);
  });

  it('gets commit and application ACKs when it asks for both always', () => {
    const message = withModes('AL', 'AL');
    expect(codes(acknowledgementsAsked(message, acknowledgementOf(message, unmapped)))).toEqual(['CE', 'AE']);
  });

  it('hears nothing on success and the error on failure when it asks for errors only', () => {
    const message = withModes('ER', 'ER');
    expect(codes(acknowledgementsAsked(message, acknowledgementOf(message)))).toEqual([]);
    expect(codes(acknowledgementsAsked(message, acknowledgementOf(message, unmapped)))).toEqual(['CE', 'AE']);
  });
});

describe('the ACK speaks the sender’s version and names Carechain', () => {
  it('names Carechain in MSH-3 when the message left MSH-5 empty', () => {
    const message = Hl7Message.parse(adtMessages.admitted.replace('|CARECHAIN|ESTHER|', '|||'));
    expect(acknowledgementOf(message).getSegment('MSH')!.getField(3).toString()).toBe('CARECHAIN');
  });

  it('answers a 2.3 sender with ERR-1 (segment, sequence, field, code) and its own version', () => {
    const message = Hl7Message.parse(adtMessages.admitted.replace('|P|2.5.1|', '|P|2.3|'));
    const ack = acknowledgementOf(message, unmapped);
    expect(ack.getSegment('MSH')!.getField(12).toString()).toBe('2.3');
    expect(ack.getSegment('ERR')!.toString()).toBe('ERR|PV1^1^3^103&Table value not found&HL70357');
  });
});
