import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { MEDICALLY_READY_EXTENSION } from '@carechain/fhir';
import type { FhirTestServer } from '@carechain/testing';

export const PSEUDONYM_SYSTEM = 'https://esther.example/fhir/sid/patient-pseudonym';

/** A connections file for one EHR on the test server, as an integrator would write it. */
export function connectionsFile(baseUrl: string, overrides: object = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'carechain-fhir-'));
  const file = join(dir, 'connections.json');
  const connection = {
    id: 'ryhov',
    baseUrl,
    careLinks: ['ryhov-akm', 'ryhov-med-3', 'jkpg-home-care-south'],
    locations: {
      'Location/akm': 'ryhov-akm',
      'Location/med-3': 'ryhov-med-3',
      'Location/home-care-south': 'jkpg-home-care-south',
      // The wards of the official HL7 example Encounter-emerg, named by display only.
      'Emergency Waiting Room': 'ryhov-akm',
      Emergency: 'ryhov-akm',
      'Ward 1, Room 42, Bed 1': 'ryhov-med-3',
    },
    patientIdentifierSystem: PSEUDONYM_SYSTEM,
    pollIntervalSeconds: 1,
    pageSize: 3,
    timeoutMs: 2000,
    retry: { maxAttempts: 4, initialDelayMs: 20, maxDelayMs: 2000 },
    ...overrides,
  };
  writeFileSync(file, JSON.stringify({ connections: [connection] }));
  return file;
}

/** What a hospital EHR holds about one patient's stay, written through its FHIR API. */
export class EhrPatient {
  fhirId = '';
  encounter?: Record<string, unknown> & { id: string };

  constructor(
    private readonly server: FhirTestServer,
    readonly patientId: string,
  ) {}

  async register() {
    const patient = await this.server.create({
      resourceType: 'Patient',
      identifier: [
        { system: 'urn:oid:1.2.752.129.2.1.3.1', value: '193811231234' },
        { system: PSEUDONYM_SYSTEM, value: this.patientId },
      ],
      name: [{ family: 'Esther' }],
    });
    this.fhirId = patient.id;
    return this;
  }

  async admit(at = '2026-11-16T07:40:00+01:00') {
    this.encounter = (await this.server.create({
      resourceType: 'Encounter',
      status: 'in-progress',
      class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'IMP' },
      priority: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActPriority', code: 'EM' }] },
      subject: { reference: `Patient/${this.fhirId}` },
      period: { start: at },
      location: [{ location: { reference: 'Location/akm' }, status: 'active', period: { start: at } }],
    } as never)) as never;
    return this;
  }

  async transfer(at: string) {
    const locations = this.encounter!.location as object[];
    return this.change({
      location: [
        ...locations,
        { location: { reference: 'Location/med-3' }, status: 'active', period: { start: at } },
      ],
    });
  }

  async medicallyReady(at: string) {
    return this.change({ extension: [{ url: MEDICALLY_READY_EXTENSION, valueDateTime: at }] });
  }

  async discharge(at: string) {
    return this.change({
      status: 'finished',
      period: { ...(this.encounter!.period as object), end: at },
      hospitalization: {
        dischargeDisposition: {
          coding: [{ system: 'http://terminology.hl7.org/CodeSystem/discharge-disposition', code: 'home' }],
        },
        destination: { reference: 'Location/home-care-south' },
      },
    });
  }

  private async change(fields: object) {
    this.encounter = (await this.server.update({ ...this.encounter!, ...fields } as never)) as never;
    return this;
  }

  async startsMedication(text: string, dose: string, at: string) {
    return this.server.create({
      resourceType: 'MedicationStatement',
      status: 'active',
      medicationCodeableConcept: { text },
      subject: { reference: `Patient/${this.fhirId}` },
      dateAsserted: at,
      dosage: [{ text: dose }],
    } as never);
  }

  async stopsMedication(statement: { id: string } & object) {
    return this.server.update({ ...statement, status: 'stopped' } as never);
  }
}

/** An official HL7 FHIR R4 example (npm hl7.fhir.r4.examples), its patient reference pointed at `patientFhirId`. */
export function officialExample(name: string, patientFhirId: string) {
  const file = join(dirname(require.resolve('hl7.fhir.r4.examples/package.json')), `${name}.json`);
  const { id: _id, text: _text, ...resource } = JSON.parse(readFileSync(file, 'utf8'));
  return { ...resource, subject: { reference: `Patient/${patientFhirId}` } };
}
