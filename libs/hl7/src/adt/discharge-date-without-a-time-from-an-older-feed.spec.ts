import { validateCareEvent } from '@carechain/contracts';
import { adtMessages, careEventOf, withField } from './__fixtures__/adt-messages';

// An older patient administration system sends only the date of the discharge.
const dateOnly = withField(
  withField(withField(adtMessages.discharged, 'EVN', 2, '20261120'), 'EVN', 6, ''),
  'PV1',
  45,
  '20261120',
);

describe('a discharge arrives with a date but no time', () => {
  it('places it at the start of that Swedish day and says only the day is known', () => {
    expect(careEventOf(dateOnly)).toMatchObject({
      type: 'PatientDischarged',
      occurredAt: '2026-11-19T23:00:00.000Z',
      payload: { stayId: 'V-2026-4711@RYHOV', occurredAtPrecision: 'day' },
    });
    expect(validateCareEvent(careEventOf(dateOnly))).toMatchObject({ ok: true });
  });

  it('says nothing about precision when the time is sent to the minute', () => {
    expect(careEventOf(adtMessages.discharged).payload).not.toHaveProperty('occurredAtPrecision');
  });
});
