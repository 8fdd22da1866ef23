import { validateCareEvent } from './validate';

const readyWithExpectedDischarge = (occurredAt: string, expectedDischargeDate: string) => ({
  eventId: '0b6f1c1e-8d4b-4c57-9a51-0d7f7c3f2a10',
  type: 'ExpectedDischargeDateSet',
  schemaVersion: 1,
  patientId: 'pat-esther-88',
  occurredAt,
  source: { system: 'cosmic-ryhov', careLinkId: 'ryhov-med-3' },
  payload: { stayId: 'stay-4711', expectedDischargeDate },
});

const problemsFor = (input: unknown) => {
  const result = validateCareEvent(input);
  return result.ok ? [] : result.problems;
};

describe('an EHR sends a date field left at its zero value, a year the store does not have', () => {
  it('refuses a date-time in the year 0000 and names the field', () => {
    expect(problemsFor(readyWithExpectedDischarge('0000-01-01T00:00:00Z', '2026-11-25'))).toEqual([
      { path: 'occurredAt', message: 'must be in the year 1900 or later' },
    ]);
  });

  it('refuses a day in the year 0000 inside the payload', () => {
    expect(problemsFor(readyWithExpectedDischarge('2026-11-23T07:40:00+01:00', '0000-01-01'))).toEqual([
      { path: 'payload.expectedDischargeDate', message: 'must be in the year 1900 or later' },
    ]);
  });

  it('refuses a date that is not one for its form alone, not for its year too', () => {
    expect(problemsFor(readyWithExpectedDischarge('yesterday', '25 November'))).toEqual([
      { path: 'occurredAt', message: 'must be an ISO 8601 date-time with a time zone' },
      { path: 'payload.expectedDischargeDate', message: 'must be a date, YYYY-MM-DD' },
    ]);
  });

  it('accepts the network’s earliest records, from 1998', () => {
    expect(problemsFor(readyWithExpectedDischarge('1998-01-05T08:00:00+01:00', '1998-01-09'))).toEqual([]);
  });
});
