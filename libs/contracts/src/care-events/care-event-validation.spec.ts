import { careEventCatalog, careEventTypes, definitionOf } from './catalog';
import { validateCareEvent } from './validate';

const admission = () => ({
  eventId: '0b6f1c1e-8d4b-4c57-9a51-0d7f7c3f2a10',
  type: 'PatientAdmitted',
  schemaVersion: 1,
  patientId: 'pat-esther-88',
  occurredAt: '2026-11-23T07:40:00+01:00',
  source: { system: 'cosmic-ryhov', careLinkId: 'ryhov-akm' },
  payload: { stayId: 'stay-4711', wardCareLinkId: 'ryhov-med-3', admissionType: 'emergency' },
});

const problemsFor = (input: unknown) => {
  const result = validateCareEvent(input);
  if (result.ok) throw new Error('expected the event to be rejected');
  return result.problems;
};

describe('validating a submitted care event', () => {
  it('accepts a well-formed admission and keeps its payload', () => {
    const result = validateCareEvent(admission());
    expect(result).toEqual({
      ok: true,
      event: expect.objectContaining({ type: 'PatientAdmitted', patientId: 'pat-esther-88' }),
    });
  });

  it.each(careEventTypes)('accepts the documented example of %s', (type) => {
    for (const [version, definition] of Object.entries(careEventCatalog[type])) {
      const result = validateCareEvent({
        ...admission(),
        type,
        schemaVersion: Number(version),
        payload: definition.example,
      });
      expect(result.ok).toBe(true);
    }
  });

  it('names an unknown event type and lists the known ones', () => {
    expect(problemsFor({ ...admission(), type: 'PatientTeleported' })).toEqual([
      {
        path: 'type',
        message: expect.stringMatching(
          /^unknown event type 'PatientTeleported'; known types: PatientAdmitted, /,
        ),
      },
    ]);
  });

  it('refuses a schema version the type does not have and says which exist', () => {
    expect(problemsFor({ ...admission(), schemaVersion: 7 })).toEqual([
      {
        path: 'schemaVersion',
        message: 'schemaVersion 7 is not supported for PatientAdmitted; supported: 1',
      },
    ]);
  });

  it('requires a patient id', () => {
    const { patientId: _omitted, ...withoutPatient } = admission();
    expect(problemsFor(withoutPatient)).toEqual([{ path: 'patientId', message: 'patientId is required' }]);
  });

  it('refuses a personal identity number as patient id, so it never reaches Kafka keys or logs', () => {
    expect(problemsFor({ ...admission(), patientId: '19381123-1234' })[0].message).toMatch(
      /personal identity number/,
    );
    expect(problemsFor({ ...admission(), patientId: '193811231234' })[0].message).toMatch(
      /personal identity number/,
    );
  });

  it('locates payload problems by path', () => {
    const event = admission();
    expect(
      problemsFor({ ...event, payload: { ...event.payload, admissionType: 'teleport', stayId: '' } }),
    ).toEqual(
      expect.arrayContaining([
        { path: 'payload.stayId', message: 'stayId is required' },
        { path: 'payload.admissionType', message: expect.stringContaining('"emergency"') },
      ]),
    );
  });

  it('refuses fields the contract does not know, rather than dropping them silently', () => {
    expect(problemsFor({ ...admission(), personnummer: '19381123-1234' })).toEqual([
      { path: '(event)', message: expect.stringContaining('personnummer') },
    ]);
  });

  it('requires an offset on timestamps so no event is placed in the wrong hour', () => {
    expect(problemsFor({ ...admission(), occurredAt: '2026-11-23T07:40:00' })).toEqual([
      { path: 'occurredAt', message: 'must be an ISO 8601 date-time with a time zone' },
    ]);
  });

  it('rejects what is not an object', () => {
    expect(problemsFor([admission()])).toEqual([
      { path: '(event)', message: 'a care event must be a JSON object' },
    ]);
    expect(problemsFor('PatientAdmitted')).toEqual([
      { path: '(event)', message: 'a care event must be a JSON object' },
    ]);
  });

  it('reports envelope and payload problems together', () => {
    const problems = problemsFor({ ...admission(), eventId: 'not-a-uuid', payload: {} });
    expect(problems.map((p) => p.path)).toEqual(
      expect.arrayContaining([
        'eventId',
        'payload.stayId',
        'payload.wardCareLinkId',
        'payload.admissionType',
      ]),
    );
  });

  it('every catalogued version has a definition', () => {
    expect(definitionOf('PatientDischarged', 1)?.description).toMatch(/stay ends/);
    expect(definitionOf('PatientDischarged', 2)).toBeUndefined();
  });
});
