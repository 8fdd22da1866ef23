import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { validateCareEvent } from '@carechain/contracts';
import {
  careEventChanges,
  MEDICALLY_READY_EXTENSION,
  syncableResourceTypes,
  type SyncableResourceType,
} from '@carechain/fhir';
import type { NewCareEvent } from '@carechain/persistence';
import type { Connection } from '../connections/connection-config';
import { ConnectionCareEvents } from './connection-care-events';

type Mapped = Exclude<SyncableResourceType, 'Patient'>;
const folder = dirname(require.resolve('hl7.fhir.r4.examples/package.json'));
const examples = readdirSync(folder)
  .map((file) => /^([A-Za-z]+)-.+\.json$/.exec(file))
  .filter((m): m is RegExpExecArray => !!m && (syncableResourceTypes as readonly string[]).includes(m[1]))
  .filter((m) => m[1] !== 'Patient')
  .map((m) => {
    const resource = JSON.parse(readFileSync(join(folder, m[0]), 'utf8'));
    return {
      type: m[1] as Mapped,
      resource: { ...resource, meta: { versionId: '1', lastUpdated: '2026-11-20T08:00:00.000Z' } },
    };
  });

const careLinks = ['ryhov-akm', 'ryhov-med-3'];
const careEvents = new ConnectionCareEvents({ id: 'ryhov', careLinks } as Connection);
const wards: Record<string, string> = {
  'Emergency Waiting Room': 'ryhov-akm',
  Emergency: 'ryhov-akm',
  'Ward 1, Room 42, Bed 1': 'ryhov-med-3',
};
const context = {
  careLinkOfLocation: (l: { display?: string }) => wards[l.display ?? ''],
  defaultCareLinkId: 'ryhov-med-3',
  idPrefix: 'ryhov-',
};
// The official stay once more: ready for discharge, then discharged home.
const emergency = examples.find((e) => e.resource.id === 'emerg')!.resource;
const discharged = {
  ...emergency,
  status: 'finished',
  period: { start: '2017-02-01T07:15:00+10:00', end: '2017-02-03T10:00:00+10:00' },
  extension: [{ url: MEDICALLY_READY_EXTENSION, valueDateTime: '2017-02-02T10:00:00+10:00' }],
  hospitalization: {
    ...emergency.hospitalization,
    dischargeDisposition: { coding: [{ code: 'home' }] },
  },
};
examples.push({ type: 'Encounter', resource: discharged });

/** Every event the adapter builds from the official examples, as it builds it. */
const built = examples.flatMap(({ type, resource }) => {
  const mapped = careEventChanges(type, resource, undefined, context);
  return mapped.ok
    ? mapped.events.map((draft) =>
        careEvents.build(`${type}/${resource.id}/_history/1`, 'pat-esther-88', draft),
      )
    : [];
});

const paths = (problems: { path: string }[]) => [...new Set(problems.map((p) => p.path))].sort();
const contractPaths = (event: NewCareEvent) => {
  const checked = validateCareEvent(event);
  return checked.ok ? [] : paths(checked.problems);
};

describe('the care events a connection builds meet the contract, checked only where it can fail', () => {
  it('builds events of every type the examples map to, each one valid by the contract and by the check', () => {
    expect([...new Set(built.map((e) => e.type))].sort()).toEqual([
      'CarePlanUpdated',
      'MedicallyReadyForDischarge',
      'MedicationListChanged',
      'PatientAdmitted',
      'PatientDischarged',
      'PatientTransferred',
    ]);
    for (const event of built) {
      expect(contractPaths(event)).toEqual([]);
      expect(careEvents.problemsOf(event)).toEqual([]);
    }
  });

  it('keys each event by the connection, resource version and fact, within the contract even for a long fact', () => {
    const [event] = built;
    const long = careEvents.build('Encounter/e1/_history/7', 'pat-esther-88', {
      fact: 'x'.repeat(300),
      type: 'AdmissionCancelled',
      occurredAt: event.occurredAt,
      careLinkId: 'ryhov-akm',
      payload: { stayId: 'ryhov-e1' },
    });
    expect(long.idempotencyKey).toMatch(/^fhir:ryhov:Encounter\/e1\/_history\/7#[0-9a-f]{64}$/);
    expect(contractPaths(long)).toEqual([]);
  });

  const admitted = built.find((e) => e.type === 'PatientAdmitted')!;
  const payload = admitted.payload;
  it.each<[string, Partial<NewCareEvent>]>([
    ['a date without a time', { occurredAt: '2026-11-16' }],
    ['a time without a zone', { occurredAt: '2026-11-16T07:40:00' }],
    ['an hour past the day', { occurredAt: '2026-11-16T24:00:00Z' }],
    ['a personal identity number as patient id', { patientId: '191212121212' }],
    ['a patient id with a space', { patientId: 'pat esther' }],
    ['a payload field the contract does not know', { payload: { ...payload, bed: '4' } }],
    ['a payload without its stay', { payload: { ...payload, stayId: undefined } }],
    ['a stay id too long', { payload: { ...payload, stayId: 'ryhov-'.padEnd(129, 'x') } }],
    ['an admission type the contract does not know', { payload: { ...payload, admissionType: 'walk-in' } }],
    ['a NUL in the payload', { payload: { ...payload, reason: 'fall\u0000' } }],
    ['half a surrogate pair cut off', { payload: { ...payload, reason: 'fall \uD83D' } }],
    ['a NUL in a key of the payload', { payload: { ...payload, ['re\u0000ason']: 'fall' } }],
    ['several things at once', { occurredAt: 'yesterday', payload: { ...payload, stayId: '' } }],
  ])('refuses %s as the contract does, naming the same fields', (_, change) => {
    const event = { ...admitted, ...change };
    expect(contractPaths(event)).not.toEqual([]);
    expect(paths(careEvents.problemsOf(event))).toEqual(contractPaths(event));
  });

  it('refuses an event for a care link the connection does not speak for, which the contract alone allows', () => {
    const event = { ...admitted, source: { ...admitted.source, careLinkId: 'jkpg-home-care-south' } };
    expect(contractPaths(event)).toEqual([]);
    expect(careEvents.problemsOf(event)).toEqual([
      {
        path: 'source.careLinkId',
        message:
          'FHIR connection ryhov (careLinks) speaks for ryhov-akm, ryhov-med-3, not jkpg-home-care-south',
        refused: true,
      },
    ]);
  });
});
