import type { CarePlan, Encounter, MedicationStatement } from '@medplum/fhirtypes';
import request from 'supertest';
import { eventually, uniquePatientId, type FhirTestServer } from '@carechain/testing';
import type { PrismaClient } from '@carechain/persistence';
import { AdapterUnderTest } from '../__fixtures__/adapter-under-test';
import { EhrPatient, officialExample } from '../__fixtures__/ehr';

describe('inbound sync from a hospital EHR over FHIR R4', () => {
  let adapter: AdapterUnderTest;
  let ehr: FhirTestServer;
  let prisma: PrismaClient;

  beforeAll(async () => {
    adapter = await AdapterUnderTest.start({ deletionSweepSeconds: 1 });
    ({ ehr, prisma } = adapter);
  });

  afterAll(async () => {
    await adapter?.stop();
  });

  const status = () => adapter.status();
  const eventsOf = (patientId: string) =>
    prisma.careEvent.findMany({
      where: { patientId },
      orderBy: [{ occurredAt: 'asc' }, { sequence: 'asc' }],
      select: { type: true, idempotencyKey: true, occurredAt: true, payload: true, sourceSystem: true },
    });
  const synced = (patientId: string, count: number) =>
    eventually(async () => {
      const events = await eventsOf(patientId);
      return events.length >= count ? events : undefined;
    }, `${count} care events of ${patientId}`);
  /** Two complete syncs after now, so whatever the server holds has been read. */
  const settled = async () => {
    const after = (await status()).counts.resourcesRead;
    await eventually(
      async () => ((await status()).counts.resourcesRead > after ? true : undefined),
      'a sync after the change',
    );
    const since = Date.now();
    await eventually(
      async () =>
        (await status()).lastSyncedAt && Date.parse((await status()).lastSyncedAt) > since ? true : undefined,
      'a full sync',
    );
  };

  it("syncs a patient's stay and medication, then only what changed", async () => {
    const patient = await new EhrPatient(ehr, uniquePatientId()).register();
    await patient.admit('2026-11-16T07:40:00+01:00');
    await patient.transfer('2026-11-16T12:00:00+01:00');
    const furosemid = await patient.startsMedication(
      'Furosemid 40 mg tablett',
      '1 tablet twice daily',
      '2026-11-16T13:00:00+01:00',
    );

    const first = await synced(patient.patientId, 3);
    expect(first.map((e) => e.type)).toEqual([
      'PatientAdmitted',
      'PatientTransferred',
      'MedicationListChanged',
    ]);
    expect(first[0]).toMatchObject({
      sourceSystem: 'fhir:ryhov',
      payload: {
        stayId: `ryhov-${patient.encounter!.id}`,
        wardCareLinkId: 'ryhov-akm',
        admissionType: 'emergency',
      },
      idempotencyKey: `fhir:ryhov:Encounter/${patient.encounter!.id}/_history/${(patient.encounter!.meta as { versionId: string }).versionId}#admitted`,
    });

    await patient.medicallyReady('2026-11-18T10:00:00+01:00');
    await patient.discharge('2026-11-20T14:00:00+01:00');
    await patient.stopsMedication(furosemid);
    const second = await synced(patient.patientId, 6);
    expect(
      second
        .slice(3)
        .map((e) => e.type)
        .sort(),
    ).toEqual(['MedicallyReadyForDischarge', 'MedicationListChanged', 'PatientDischarged']);

    await settled();
    expect(await eventsOf(patient.patientId)).toHaveLength(6);
    expect((await status()).counts.duplicates).toBe(0);
    const metrics = (await request(adapter.app.getHttpServer()).get('/metrics').expect(200)).text;
    expect(metrics).toMatch(/^carechain_fhir_events_appended_total\{connection="ryhov"\} ([6-9]|\d\d+)$/m);
    expect(metrics).toMatch(/^carechain_fhir_sync_lag_seconds\{connection="ryhov"\} /m);
    expect(metrics).toMatch(
      /^carechain_care_events_intake_total\{channel="fhir",outcome="accepted"\} ([6-9]|\d\d+)$/m,
    );
  });

  it('never takes the personal identity number for the patient id', async () => {
    expect(await prisma.careEvent.count({ where: { patientId: { contains: '19381123' } } })).toBe(0);
  });

  it('reports what it could not map, with the reason, and syncs the rest', async () => {
    const good = await new EhrPatient(ehr, uniquePatientId()).register();
    const anonymous = await ehr.create({
      resourceType: 'Patient',
      identifier: [{ system: 'urn:oid:1.2.752.129.2.1.3.1', value: '194501021234' }],
    });
    const unmappedWard = await ehr.create({
      resourceType: 'Encounter',
      status: 'in-progress',
      class: { code: 'IMP' },
      subject: { reference: `Patient/${good.fhirId}` },
      period: { start: '2026-11-16T07:40:00+01:00' },
      location: [{ location: { reference: 'Location/ward-9' } }],
    } as Encounter);
    const withoutPseudonym = await ehr.create({
      resourceType: 'Encounter',
      status: 'in-progress',
      class: { code: 'IMP' },
      subject: { reference: `Patient/${anonymous.id}` },
      period: { start: '2026-11-16T07:40:00+01:00' },
      location: [{ location: { reference: 'Location/akm' } }],
    } as Encounter);
    await good.admit('2026-11-17T08:00:00+01:00');

    await synced(good.patientId, 1);
    const reported = await eventually(async () => {
      const { unmappable } = await status();
      const resources = unmappable.map((u: { resource: string }) => u.resource.split('/_history')[0]);
      return resources.includes(`Encounter/${unmappedWard.id}`) &&
        resources.includes(`Encounter/${withoutPseudonym.id}`)
        ? unmappable
        : undefined;
    }, 'both encounters reported');
    expect(reported).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          resource: expect.stringMatching(`^Encounter/${unmappedWard.id}/_history/`),
          issues: [
            {
              severity: 'error',
              code: 'not-found',
              expression: ['Encounter.location[0].location'],
              diagnostics: 'location 0 is not mapped to a care link of this connection',
            },
          ],
        }),
        expect.objectContaining({
          resource: expect.stringMatching(`^Encounter/${withoutPseudonym.id}/_history/`),
          issues: [
            expect.objectContaining({
              code: 'required',
              diagnostics: expect.stringContaining('pseudonym system'),
            }),
          ],
        }),
      ]),
    );
  });

  it('syncs the official HL7 examples it can map and reports the others with their reasons', async () => {
    const patient = await new EhrPatient(ehr, uniquePatientId()).register();
    const emergency = await ehr.create(officialExample('Encounter-emerg', patient.fhirId));
    const datedOnly = await ehr.create(officialExample('Encounter-f203', patient.fhirId));
    await ehr.create(officialExample('MedicationStatement-example003', patient.fhirId));
    await ehr.create(officialExample('MedicationStatement-example005', patient.fhirId));

    const events = await synced(patient.patientId, 3);
    // Types sync one after the other, so the medication may land before or after the stay.
    expect(
      events.map((e) => [e.type, e.payload]).sort(([a], [b]) => String(a).localeCompare(String(b))),
    ).toEqual([
      [
        'MedicationListChanged',
        {
          listVersion: 0,
          changes: [
            expect.objectContaining({
              action: 'added',
              medication: { text: 'Little Pink Pill for water retention' },
            }),
          ],
        },
      ],
      [
        'PatientAdmitted',
        { stayId: `ryhov-${emergency.id}`, wardCareLinkId: 'ryhov-akm', admissionType: 'emergency' },
      ],
      [
        'PatientTransferred',
        { stayId: `ryhov-${emergency.id}`, fromWardCareLinkId: 'ryhov-akm', toWardCareLinkId: 'ryhov-med-3' },
      ],
    ]);
    const reported = await eventually(
      async () =>
        (await status()).unmappable.find((u: { resource: string }) =>
          u.resource.startsWith(`Encounter/${datedOnly.id}/`),
        ),
      'the dated-only encounter reported',
    );
    expect(reported.issues).toEqual([
      expect.objectContaining({
        code: 'value',
        expression: ['Encounter.period.start'],
        diagnostics: expect.stringContaining('a date without a time of day'),
      }),
    ]);
  });

  it("makes the EHR's medicine changes to the list as it stands, and refuses a start without a dose by name", async () => {
    const patient = await new EhrPatient(ehr, uniquePatientId()).register();
    const furosemid = await patient.startsMedication(
      'Furosemid 40 mg',
      '1 tablet',
      '2026-11-16T08:00:00+01:00',
    );
    await patient.startsMedication('Alvedon 500 mg', '2 tablets', '2026-11-16T08:05:00+01:00');
    const undosed = await ehr.create({
      resourceType: 'MedicationStatement',
      status: 'active',
      medicationCodeableConcept: { text: 'Tylenol PM' },
      subject: { reference: `Patient/${patient.fhirId}` },
    } as MedicationStatement);
    await synced(patient.patientId, 2);
    await patient.stopsMedication(furosemid);
    const events = await synced(patient.patientId, 3);
    // Each change is made to the list as it stood: versions 0, 1 and 2, whatever the EHR knew.
    expect(events.map((e) => (e.payload as { listVersion: number }).listVersion).sort()).toEqual([0, 1, 2]);
    const refused = await eventually(
      async () =>
        (await status()).unmappable.find((u: { resource: string }) =>
          u.resource.startsWith(`MedicationStatement/${undosed.id}/`),
        ),
      'the undosed statement reported',
    );
    expect(refused.issues).toEqual([
      {
        severity: 'error',
        code: 'business-rule',
        expression: ['(care event) payload.changes.0.dose'],
        diagnostics: "a dose is required to start 'Tylenol PM'",
      },
    ]);
  });

  it("reads a care plan edited in the EHR as the plan's next version, with whom to call", async () => {
    const patient = await new EhrPatient(ehr, uniquePatientId()).register();
    const nightPatrol = (phone: string) => ({
      resourceType: 'CareTeam',
      id: 'night',
      name: 'Home care night patrol',
      telecom: [{ system: 'phone', value: phone }],
      note: [{ text: 'Available day and night' }],
    });
    const plan = await ehr.create({
      resourceType: 'CarePlan',
      status: 'active',
      intent: 'plan',
      subject: { reference: `Patient/${patient.fhirId}` },
      contained: [
        {
          resourceType: 'Goal',
          id: 'g1',
          lifecycleStatus: 'active',
          description: { text: 'Walk to the shop again' },
          subject: { reference: `Patient/${patient.fhirId}` },
        },
        nightPatrol('036-10 50 00'),
      ],
      goal: [{ reference: '#g1' }],
      careTeam: [{ reference: '#night' }],
    } as CarePlan);
    await synced(patient.patientId, 1);
    await ehr.update({
      ...plan,
      contained: [plan.contained![0], nightPatrol('036-10 60 00')],
    } as typeof plan);
    const versions = await synced(patient.patientId, 2);
    expect(versions.map((e) => e.payload)).toEqual([
      expect.objectContaining({
        carePlanId: `ryhov-${plan.id}`,
        version: 1,
        contacts: [
          { description: 'Home care night patrol', phone: '036-10 50 00', available: 'day-and-night' },
        ],
      }),
      expect.objectContaining({
        version: 2,
        contacts: [expect.objectContaining({ phone: '036-10 60 00' })],
      }),
    ]);
  });

  it('cancels the admission and stops the medicine of resources deleted in the EHR', async () => {
    const patient = await new EhrPatient(ehr, uniquePatientId()).register();
    await patient.admit('2026-11-16T07:40:00+01:00');
    const alvedon = (await patient.startsMedication(
      'Alvedon 500 mg',
      '2 tablets',
      '2026-11-16T08:05:00+01:00',
    )) as { id: string };
    await synced(patient.patientId, 2);
    await ehr.delete('Encounter', patient.encounter!.id);
    await ehr.delete('MedicationStatement', alvedon.id);
    const events = await synced(patient.patientId, 4);
    expect(
      events
        .slice(2)
        .map((e) => [e.type, e.idempotencyKey])
        .sort(),
    ).toEqual([
      [
        'AdmissionCancelled',
        expect.stringMatching(`^fhir:ryhov:Encounter/${patient.encounter!.id}/_history/deleted#`),
      ],
      [
        'MedicationListChanged',
        expect.stringMatching(`^fhir:ryhov:MedicationStatement/${alvedon.id}/_history/deleted#`),
      ],
    ]);
    expect(events.find((e) => e.type === 'MedicationListChanged' && e !== events[1])?.payload).toMatchObject({
      changes: [{ action: 'stopped', medication: { text: 'Alvedon 500 mg' } }],
    });
    await settled();
    expect(await eventsOf(patient.patientId)).toHaveLength(4);
  });

  it('syncs on request, and a sync with nothing new on the server stores nothing', async () => {
    const requested = new Date().toISOString();
    await request(adapter.app.getHttpServer()).post('/connections/ryhov/sync').expect(202);
    const sync = await eventually(async () => {
      const { lastSync } = await status();
      return lastSync && lastSync.startedAt > requested ? lastSync : undefined;
    }, 'the requested sync');
    expect(sync).toMatchObject({ eventsAppended: 0 });
    await request(adapter.app.getHttpServer()).post('/connections/elsewhere/sync').expect(404);
  });
});
