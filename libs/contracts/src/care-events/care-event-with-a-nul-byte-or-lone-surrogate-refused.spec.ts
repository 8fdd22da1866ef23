import { validateCareEvent } from './validate';

const discharge = (reason: string) => ({
  eventId: '0b6f1c1e-8d4b-4c57-9a51-0d7f7c3f2a10',
  type: 'MedicallyReadyWithdrawn',
  schemaVersion: 1,
  patientId: 'pat-esther-88',
  occurredAt: '2026-11-23T07:40:00+01:00',
  source: { system: 'cosmic-ryhov', careLinkId: 'ryhov-med-3' },
  payload: { stayId: 'stay-4711', reason },
});

const problemsFor = (input: unknown) => {
  const result = validateCareEvent(input);
  return result.ok ? [] : result.problems;
};

describe('an EHR sends a care event whose text holds bytes no store can keep', () => {
  it('refuses a NUL character and names the field', () => {
    expect(problemsFor(discharge('new fever\u0000'))).toEqual([
      { path: 'payload.reason', message: 'must not contain a NUL character (\\u0000)' },
    ]);
  });

  it('refuses a lone high surrogate', () => {
    expect(problemsFor(discharge('fever \uD83D and chills'))).toEqual([
      { path: 'payload.reason', message: 'must be valid Unicode: it contains an unpaired surrogate' },
    ]);
  });

  it('refuses a lone low surrogate at the start of a string', () => {
    expect(problemsFor(discharge('\uDE00fever'))[0]?.path).toBe('payload.reason');
  });

  it('accepts a whole emoji, which is a surrogate pair', () => {
    expect(problemsFor(discharge('feels better 😀'))).toEqual([]);
  });

  it('names a bad envelope field and a bad key inside the payload', () => {
    const event = {
      ...discharge('fever'),
      source: { system: 'cosmic\u0000', careLinkId: 'ryhov-med-3' },
      payload: { stayId: 'stay-4711', reason: 'fever', ['note\u0000']: 'x' },
    };
    expect(problemsFor(event).map((p) => p.path)).toEqual(['payload."note\\u0000"', 'source.system']);
  });

  it('refuses a NUL buried deep in nesting without exhausting the stack', () => {
    let nested: unknown = 'x\u0000';
    for (let i = 0; i < 100_000; i++) nested = [nested];
    expect(
      problemsFor({ ...discharge('fever'), payload: { stayId: 's', reason: 'r', deep: nested } }),
    ).toEqual([expect.objectContaining({ path: expect.stringMatching(/^payload\.deep\.0\.0\./) })]);
  });
});
