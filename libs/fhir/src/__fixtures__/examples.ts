import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { MappingContext } from '../mapping/fhir-values';

const examples = dirname(require.resolve('hl7.fhir.r4.examples/package.json'));

/** An official HL7 FHIR R4 example as a server returns it: with meta.lastUpdated set. */
export function officialExample(
  name: string,
  lastUpdated = '2026-11-20T08:00:00.000Z',
): Record<string, unknown> & { id: string } {
  const resource = JSON.parse(readFileSync(join(examples, `${name}.json`), 'utf8'));
  return { ...resource, meta: { ...resource.meta, versionId: '1', lastUpdated } };
}

export const ryhovLocations: Record<string, string> = {
  'Emergency Waiting Room': 'ryhov-akm',
  Emergency: 'ryhov-akm',
  'Ward 1, Room 42, Bed 1': 'ryhov-med-3',
  'Location/ger-1': 'ryhov-ger-1',
  'Location/home-care-south': 'jkpg-home-care-south',
};

export const ryhov: MappingContext = {
  careLinkOfLocation: (l) => ryhovLocations[l.reference ?? ''] ?? ryhovLocations[l.display ?? ''],
  defaultCareLinkId: 'ryhov-med-3',
  idPrefix: 'ryhov-',
};

/** A drafted care event in the envelope the adapter gives it, to validate against the contract. */
export const asSubmitted = (event: {
  type: string;
  schemaVersion?: number;
  occurredAt: string;
  careLinkId: string;
  payload: object;
}) => ({
  eventId: '0b6f1c1e-8d4b-4c57-9a51-0d7f7c3f2a10',
  type: event.type,
  schemaVersion: event.schemaVersion ?? 1,
  patientId: 'pat-esther-88',
  occurredAt: event.occurredAt,
  source: { system: 'fhir:ryhov', careLinkId: event.careLinkId },
  payload: event.payload,
});
