import { validateCareEvent } from '@carechain/contracts';
import { adtMessages, careEventOf as eventOf } from './__fixtures__/adt-messages';

describe('the hospital cancels an admission, a transfer or a discharge entered in error', () => {
  it('turns A11 into AdmissionCancelled at the time the cancellation was recorded (EVN-2)', () => {
    expect(eventOf(adtMessages.admissionCancelled)).toMatchObject({
      type: 'AdmissionCancelled',
      occurredAt: '2026-11-16T07:10:00.000Z',
      source: { careLinkId: 'ryhov-med-3' },
      payload: { stayId: 'V-2026-4711@RYHOV' },
    });
  });

  it('turns A12 into TransferCancelled: back on PV1-3, away from PV1-6', () => {
    expect(eventOf(adtMessages.transferCancelled)).toMatchObject({
      type: 'TransferCancelled',
      payload: {
        stayId: 'V-2026-4711@RYHOV',
        fromWardCareLinkId: 'ryhov-med-3',
        toWardCareLinkId: 'ryhov-ger-1',
      },
    });
  });

  it('turns A13 into DischargeCancelled', () => {
    expect(eventOf(adtMessages.dischargeCancelled)).toMatchObject({
      type: 'DischargeCancelled',
      occurredAt: '2026-11-20T13:30:00.000Z',
      payload: { stayId: 'V-2026-4711@RYHOV' },
    });
  });

  it('gives cancellations the contract accepts', () => {
    for (const text of [
      adtMessages.admissionCancelled,
      adtMessages.transferCancelled,
      adtMessages.dischargeCancelled,
    ]) {
      expect(validateCareEvent(eventOf(text))).toMatchObject({ ok: true });
    }
  });
});
