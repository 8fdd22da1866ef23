import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CARE_PLAN_IDENTIFIER_SYSTEM, writtenVersionOf } from '@carechain/fhir';
import { createPrismaClient, type PrismaClient } from '@carechain/persistence';
import {
  careEventEnvelope,
  careEvents,
  eventually,
  startFhirTestServer,
  uniquePatientId,
  type FhirTestServer,
} from '@carechain/testing';
import type { CarePlan as FhirCarePlan } from '@medplum/fhirtypes';
import { RunningPlatform } from './running-platform';

const WARD = 'ryhov-med-3';
const HOME_CARE = 'jkpg-home-care-south';
const PRIMARY_CARE = 'vc-huskvarna';

const CHANGE = `mutation($input: ChangeMedicineListInput!) { changeMedicineList(input: $input) { eventId listVersion } }`;
const SAVE_PLAN = `mutation($input: SaveCarePlanInput!) { saveCarePlan(input: $input) { carePlanId version goals } }`;
const PLAN_FIELDS = `carePlanId version goals actions { description responsibleCareLinkId dueDate } contacts { description phone available }
  followUps { description careLinkId at } recommendations savedByCareLinkId`;

const furosemid = {
  text: 'Furosemid 40 mg tablett',
  coding: [{ system: 'http://www.whocc.no/atc', code: 'C03CA01' }],
};
const metoprolol = { text: 'Metoprolol 50 mg' };
const simvastatin = { text: 'Simvastatin 20 mg' };

const PSEUDONYM_SYSTEM = 'https://esther.example/fhir/sid/patient-pseudonym';

/** The hospital EHR, taking care plans back; only its patients are read from it here. */
function carePlanWriteBack(baseUrl: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'carechain-sip-')), 'connections.json');
  const connection = {
    id: 'ryhov',
    baseUrl,
    careLinks: [WARD],
    patientIdentifierSystem: PSEUDONYM_SYSTEM,
    resourceTypes: ['Patient'],
    writeBack: { carePlans: true },
    pollIntervalSeconds: 1,
  };
  writeFileSync(file, JSON.stringify({ connections: [connection] }));
  return file;
}

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

/** The list primary care holds, sent from its EHR before the patient comes to hospital. */
const fromPrimaryCare = (patientId: string) =>
  careEventEnvelope('MedicationListChanged', patientId, daysAgo(30), PRIMARY_CARE, {
    listVersion: 0,
    changes: [
      {
        action: 'added',
        medication: furosemid,
        dose: '40 mg',
        frequency: 'once daily',
        reason: 'heart failure',
      },
      {
        action: 'added',
        medication: metoprolol,
        dose: '50 mg',
        frequency: 'once daily',
        reason: 'heart failure',
      },
      {
        action: 'added',
        medication: simvastatin,
        dose: '20 mg',
        frequency: 'at night',
        reason: 'cholesterol',
      },
    ],
  });

const plan = (patientId: string, baseVersion: number, goals: string[]) => ({
  patientId,
  baseVersion,
  goals,
  actions: [
    { description: 'Home care visits twice daily', responsibleCareLinkId: HOME_CARE, dueDate: '2026-12-01' },
    { description: 'Check weight and potassium', responsibleCareLinkId: PRIMARY_CARE, dueDate: '2026-12-04' },
  ],
  contacts: [
    { description: 'District nurse', careLinkId: PRIMARY_CARE, phone: '036-32 40 00', available: 'day' },
    {
      description: 'Home care night patrol',
      careLinkId: HOME_CARE,
      phone: '036-10 50 00',
      available: 'night',
    },
  ],
  followUps: [
    { description: 'Heart failure nurse', careLinkId: PRIMARY_CARE, at: '2026-12-04T09:00:00.000Z' },
  ],
  recommendations: ['Weigh daily; call the district nurse if up 2 kg in 3 days'],
});

describe('the shared medicine list and care plan follow the patient through the chain', () => {
  let platform: RunningPlatform;
  let ehr: FhirTestServer;
  let prisma: PrismaClient;
  const esther = uniquePatientId();

  const gql = async <T>(query: string, variables: object, careLinkId: string, roles?: string) => {
    const { data, errors } = await platform.graphql<T>(query, variables, careLinkId, roles);
    if (errors) throw new Error(errors.map((e) => e.message).join('; '));
    return data!;
  };
  const listVersionOf = (patientId: string, careLinkId: string, version: number) =>
    eventually(async () => {
      const { medicineList } = await gql<{ medicineList: { changeCount: number } | null }>(
        'query($p: ID!) { medicineList(patientId: $p) { changeCount } }',
        { p: patientId },
        careLinkId,
      );
      return medicineList?.changeCount === version ? medicineList : undefined;
    }, `medicine list at version ${version}`);
  const change = (careLinkId: string, input: object) =>
    platform.graphql<{ changeMedicineList: { listVersion: number } }>(CHANGE, { input }, careLinkId);

  beforeAll(async () => {
    ehr = await startFhirTestServer();
    platform = await RunningPlatform.start({
      'fhir-adapter': { FHIR_CONNECTIONS_FILE: carePlanWriteBack(ehr.baseUrl) },
    });
    prisma = createPrismaClient(platform.db.url, 2);
    await gql(
      'mutation($input: OrganisationInput!) { saveOrganisation(input: $input) { organisationId } }',
      { input: { organisationId: 'region-jonkoping', name: 'Region Jönköpings län', kind: 'region' } },
      'coordinator',
      'coordinator',
    );
    await gql(
      'mutation($input: OrganisationInput!) { saveOrganisation(input: $input) { organisationId } }',
      {
        input: { organisationId: 'jonkoping-municipality', name: 'Jönköpings kommun', kind: 'municipality' },
      },
      'coordinator',
      'coordinator',
    );
    for (const input of [
      {
        careLinkId: WARD,
        name: 'Medicin 3',
        kind: 'hospital-ward',
        organisationId: 'region-jonkoping',
        hospital: 'Länssjukhuset Ryhov',
      },
      {
        careLinkId: PRIMARY_CARE,
        name: 'Vårdcentralen Huskvarna',
        kind: 'primary-care-unit',
        organisationId: 'region-jonkoping',
      },
      {
        careLinkId: HOME_CARE,
        name: 'Hemtjänst Jönköping södra',
        kind: 'home-care',
        organisationId: 'jonkoping-municipality',
      },
    ]) {
      await gql(
        'mutation($input: CareLinkInput!) { saveCareLink(input: $input) { careLinkId } }',
        { input },
        'coordinator',
        'coordinator',
      );
    }
    await gql(
      'mutation($input: HandoverSpecificationInput!) { saveHandoverSpecification(input: $input) { version } }',
      {
        input: {
          specificationId: 'medicines-and-plan-at-discharge',
          name: 'Läkemedel och SIP vid utskrivning',
          trigger: 'discharge',
          document: `{ patient {
            medicineReconciliation { added { text dose } stopped { text } doseChanged { text from to } unchanged { text } withoutReason { text action careLinkId } }
            carePlan { version goals contacts { phone available } }
          } }`,
        },
      },
      HOME_CARE,
    );
  });

  afterAll(async () => {
    await prisma?.$disconnect();
    await platform?.stop();
    await ehr?.stop();
  });

  it('admitted with the list from primary care, dose changed and a drug stopped in hospital, discharged: home care sees the exact reconciliation', async () => {
    await ehr.create({ resourceType: 'Patient', identifier: [{ system: PSEUDONYM_SYSTEM, value: esther }] });
    expect((await platform.submit(fromPrimaryCare(esther))).status).toBe(201);
    const admittedAt = daysAgo(2);
    expect((await platform.submit(careEvents.admitted(esther, admittedAt, WARD))).status).toBe(201);
    await listVersionOf(esther, WARD, 1);

    const raised = await change(WARD, {
      patientId: esther,
      listVersion: 1,
      requestId: 'raise-furosemid',
      changes: [{ action: 'dose-changed', medication: furosemid, dose: '80 mg', reason: 'oedema increased' }],
    });
    expect(raised.data?.changeMedicineList.listVersion).toBe(2);
    // A retry of the same request records it once.
    expect(
      (
        await change(WARD, {
          patientId: esther,
          listVersion: 1,
          requestId: 'raise-furosemid',
          changes: [
            { action: 'dose-changed', medication: furosemid, dose: '80 mg', reason: 'oedema increased' },
          ],
        })
      ).data,
    ).toEqual(raised.data);
    const stopped = await change(WARD, {
      patientId: esther,
      listVersion: 2,
      changes: [{ action: 'stopped', medication: simvastatin }],
    });
    expect(stopped.data?.changeMedicineList.listVersion).toBe(3);
    await listVersionOf(esther, WARD, 3);

    const saved = await gql<{ saveCarePlan: { version: number } }>(
      SAVE_PLAN,
      { input: plan(esther, 0, ['I want to be able to walk to the shop again']) },
      WARD,
    );
    expect(saved.saveCarePlan.version).toBe(1);
    const discharged = careEventEnvelope('PatientDischarged', esther, new Date().toISOString(), WARD, {
      stayId: `stay-${esther}`,
      destination: 'home-with-home-care',
      destinationCareLinkId: HOME_CARE,
    });
    expect((await platform.submit(discharged)).status).toBe(201);

    const pkg = await eventually(async () => {
      const { handoverInboxPage } = await gql<{
        handoverInboxPage: { packages: { patientId: string; data: { patient: Record<string, unknown> } }[] };
      }>('{ handoverInboxPage(first: 200) { packages { patientId data } } }', {}, HOME_CARE);
      return handoverInboxPage.packages.find((p) => p.patientId === esther);
    }, 'the discharge handover to home care');
    expect(pkg.data.patient).toEqual({
      medicineReconciliation: {
        added: [],
        stopped: [{ text: 'Simvastatin 20 mg' }],
        doseChanged: [{ text: 'Furosemid 40 mg tablett', from: '40 mg', to: '80 mg' }],
        unchanged: [{ text: 'Metoprolol 50 mg' }],
        withoutReason: [{ text: 'Simvastatin 20 mg', action: 'stopped', careLinkId: WARD }],
      },
      carePlan: {
        version: 1,
        goals: ['I want to be able to walk to the shop again'],
        contacts: [
          { phone: '036-32 40 00', available: 'day' },
          { phone: '036-10 50 00', available: 'night' },
        ],
      },
    });

    const history = await gql<{
      medicineListAt: { medications: { text: string; dose: string }[] };
      medicineListChanges: {
        careLinkId: string;
        changes: { action: string; text: string; reason: string | null; changedBy: string }[];
      }[];
    }>(
      `query($p: ID!, $admitted: DateTime!, $now: DateTime!) {
        medicineListAt(patientId: $p, at: $admitted) { medications { text dose } }
        medicineListChanges(patientId: $p, from: $admitted, to: $now) { careLinkId changes { action text reason changedBy } }
      }`,
      { p: esther, admitted: admittedAt, now: new Date().toISOString() },
      HOME_CARE,
    );
    expect(history.medicineListAt.medications).toEqual([
      { text: 'Furosemid 40 mg tablett', dose: '40 mg' },
      { text: 'Metoprolol 50 mg', dose: '50 mg' },
      { text: 'Simvastatin 20 mg', dose: '20 mg' },
    ]);
    expect(history.medicineListChanges).toEqual([
      {
        careLinkId: WARD,
        changes: [
          {
            action: 'dose-changed',
            text: 'Furosemid 40 mg tablett',
            reason: 'oedema increased',
            changedBy: 'nurse-e2e',
          },
        ],
      },
      {
        careLinkId: WARD,
        changes: [{ action: 'stopped', text: 'Simvastatin 20 mg', reason: null, changedBy: 'nurse-e2e' }],
      },
    ]);
  });

  it('tells the second of two links changing the same medication at once of the conflict', async () => {
    const patient = uniquePatientId();
    expect((await platform.submit(fromPrimaryCare(patient))).status).toBe(201);
    expect((await platform.submit(careEvents.admitted(patient, daysAgo(1), WARD))).status).toBe(201);
    // Naming itself as a source gives primary care nothing; the ward's admission notice does.
    const notice = careEventEnvelope('CareLinkNotified', patient, new Date().toISOString(), WARD, {
      stayId: `stay-${patient}`,
      notice: 'admission-notice',
      toCareLinkId: PRIMARY_CARE,
    });
    expect((await platform.submit(notice)).status).toBe(201);
    await listVersionOf(patient, WARD, 1);
    await listVersionOf(patient, PRIMARY_CARE, 1);
    const [ward, primary] = await Promise.all([
      change(WARD, {
        patientId: patient,
        listVersion: 1,
        changes: [{ action: 'dose-changed', medication: metoprolol, dose: '100 mg', reason: 'pulse high' }],
      }),
      change(PRIMARY_CARE, {
        patientId: patient,
        listVersion: 1,
        changes: [{ action: 'dose-changed', medication: metoprolol, dose: '25 mg', reason: 'dizzy' }],
      }),
    ]);
    const outcomes = [ward, primary];
    expect(outcomes.filter((o) => o.data?.changeMedicineList.listVersion === 2)).toHaveLength(1);
    const refused = outcomes.find((o) => o.errors)!;
    const winner = refused === ward ? PRIMARY_CARE : WARD;
    expect(refused.errors![0].extensions).toMatchObject({
      code: 'CONFLICT',
      argumentName: 'input.listVersion',
    });
    expect(refused.errors![0].message).toMatch(
      new RegExp(
        `^input\\.listVersion: the list is at version 2, not 1; ${winner} changed it last, at \\S+\\. Reload the list and make your change against it$`,
      ),
    );
    const { medicineList } = await listVersionOf(patient, WARD, 2).then(() =>
      gql<{ medicineList: { medications: { text: string; dose: string }[] } }>(
        'query($p: ID!) { medicineList(patientId: $p) { medications { text dose } } }',
        { p: patient },
        WARD,
      ),
    );
    expect(medicineList.medications.find((m) => m.text === 'Metoprolol 50 mg')?.dose).toBe(
      winner === WARD ? '100 mg' : '25 mg',
    );
  });

  it('shows the care plan made at discharge to home care and primary care, exports it as a FHIR CarePlan, and keeps version 1 after a revision', async () => {
    const current = `query($p: ID!) { currentCarePlan(patientId: $p) { ${PLAN_FIELDS} } }`;
    for (const careLinkId of [HOME_CARE, PRIMARY_CARE]) {
      const { currentCarePlan } = await gql<{ currentCarePlan: { version: number; goals: string[] } }>(
        current,
        { p: esther },
        careLinkId,
      );
      expect(currentCarePlan).toMatchObject({
        version: 1,
        goals: ['I want to be able to walk to the shop again'],
        savedByCareLinkId: WARD,
      });
    }
    await eventually(
      async () => (await prisma.fhirSyncedResource.findFirst({ where: { patientId: esther } })) ?? undefined,
      'the EHR patient known to the adapter',
    );
    const revised = await gql<{ saveCarePlan: { version: number; carePlanId: string } }>(
      SAVE_PLAN,
      {
        input: {
          ...plan(esther, 1, ['I want to walk to the shop again', 'I want to cook my own dinner']),
          requestId: 'revision-1',
        },
      },
      HOME_CARE,
    );
    expect(revised.saveCarePlan.version).toBe(2);

    const stale = await platform.graphql(
      SAVE_PLAN,
      { input: plan(esther, 1, ['I want to go fishing']) },
      PRIMARY_CARE,
    );
    expect(stale.errors?.[0]).toMatchObject({
      extensions: { code: 'CONFLICT', argumentName: 'input.baseVersion' },
    });
    expect(stale.errors?.[0].message).toMatch(
      new RegExp(
        `^input\\.baseVersion: the care plan is at version 2, not 1; ${HOME_CARE} saved it last, at \\S+\\. Reload the plan and make your change to it$`,
      ),
    );

    const { carePlanHistory } = await eventually(async () => {
      const data = await gql<{
        carePlanHistory: { version: number; goals: string[]; savedByCareLinkId: string }[];
      }>(`query($p: ID!) { carePlanHistory(patientId: $p) { ${PLAN_FIELDS} } }`, { p: esther }, PRIMARY_CARE);
      return data.carePlanHistory.length === 2 ? data : undefined;
    }, 'both versions in the history');
    expect(carePlanHistory.map((p) => [p.version, p.goals, p.savedByCareLinkId])).toEqual([
      [1, ['I want to be able to walk to the shop again'], WARD],
      [2, ['I want to walk to the shop again', 'I want to cook my own dinner'], HOME_CARE],
    ]);
    expect(carePlanHistory[0]).toMatchObject({
      contacts: [
        { description: 'District nurse', phone: '036-32 40 00', available: 'day' },
        { description: 'Home care night patrol', phone: '036-10 50 00', available: 'night' },
      ],
      followUps: [
        { description: 'Heart failure nurse', careLinkId: PRIMARY_CARE, at: '2026-12-04T09:00:00.000Z' },
      ],
      recommendations: ['Weigh daily; call the district nurse if up 2 kg in 3 days'],
    });

    const printed = await gql<{ printableCarePlan: string }>(
      'query($p: ID!) { printableCarePlan(patientId: $p, version: 1) }',
      { p: esther },
      HOME_CARE,
    );
    expect(printed.printableCarePlan).toContain('<li>I want to be able to walk to the shop again</li>');
    expect(printed.printableCarePlan).toContain(
      'Home care night patrol: <strong>036-10 50 00</strong> (night)',
    );

    const plans = await eventually(async () => {
      const found = await ehr.search<FhirCarePlan>(
        `CarePlan?identifier=${CARE_PLAN_IDENTIFIER_SYSTEM}|${revised.saveCarePlan.carePlanId}`,
      );
      return found.some((p) => writtenVersionOf(p as never) === 2) ? found : undefined;
    }, 'version 2 of the care plan in the EHR');
    expect(plans).toHaveLength(1);
    expect(plans[0].goal).toHaveLength(2);
    // The actions, then the follow-up appointment; whom to call as care teams; the recommendations as notes.
    expect(plans[0].activity?.map((a) => a.detail?.performer?.[0].display)).toEqual([
      HOME_CARE,
      PRIMARY_CARE,
      PRIMARY_CARE,
    ]);
    expect(plans[0].activity?.[2].detail).toMatchObject({
      kind: 'Appointment',
      description: 'Heart failure nurse',
      scheduledPeriod: { start: '2026-12-04T09:00:00.000Z' },
    });
    const teams = (plans[0].contained ?? []).filter((r) => r.resourceType === 'CareTeam') as {
      name?: string;
      telecom?: { value?: string }[];
    }[];
    expect(teams.map((t) => [t.name, t.telecom?.[0].value])).toEqual([
      ['District nurse', '036-32 40 00'],
      ['Home care night patrol', '036-10 50 00'],
    ]);
    expect(plans[0].note).toEqual([{ text: 'Weigh daily; call the district nurse if up 2 kg in 3 days' }]);
  });

  it('refuses invalid changes with precise messages', async () => {
    const refusal = async (careLinkId: string, input: object) =>
      (await change(careLinkId, input)).errors?.[0].message;
    const stranger = uniquePatientId();
    expect(
      await refusal(WARD, {
        patientId: stranger,
        listVersion: 0,
        changes: [{ action: 'added', medication: metoprolol, dose: '50 mg' }],
      }),
    ).toBe(`Care link ${WARD} has no care relationship with this patient`);
    expect(await refusal(WARD, { patientId: '19381123-1234', listVersion: 0, changes: [] })).toBe(
      'input.patientId: patientId looks like a personal identity number; send the pseudonymous patient id instead',
    );
    const at3 = { patientId: esther, listVersion: 3 };
    expect(
      await refusal(WARD, { ...at3, changes: [{ action: 'added', medication: { text: 'Alvedon 500 mg' } }] }),
    ).toBe("input.changes.0.dose: a dose is required to start 'Alvedon 500 mg'");
    expect(await refusal(WARD, { ...at3, changes: [{ action: 'stopped', medication: simvastatin }] })).toBe(
      "input.changes.0.medication: 'Simvastatin 20 mg' is not on the list, so there is nothing to stop",
    );
    expect(
      await refusal(WARD, {
        ...at3,
        changes: [{ action: 'dose-changed', medication: furosemid, dose: '80 mg' }],
      }),
    ).toBe(
      "input.changes.0.dose: 'Furosemid 40 mg tablett' is already taken as 80 mg, once daily; nothing changes",
    );
    expect(await refusal(WARD, { ...at3, changes: [] })).toBe(
      'input.changes: at least one change is required',
    );
    expect(
      await refusal(WARD, { ...at3, changes: [{ action: 'paused', medication: { text: '' } }] }),
    ).toMatch(
      /^input\.changes\.0\.action: Invalid option: expected one of "added"\|"stopped"\|"dose-changed"; input\.changes\.0\.medication\.text: the medication as written is required$/,
    );
    expect(
      await refusal(WARD, {
        ...at3,
        listVersion: 5,
        changes: [{ action: 'stopped', medication: metoprolol }],
      }),
    ).toMatch(/^input\.listVersion: the list is at version 3, not 5/);

    const badPlan = await platform.graphql(
      SAVE_PLAN,
      {
        input: {
          ...plan(esther, 2, ['  ']),
          contacts: [plan(esther, 2, []).contacts[0]],
          actions: [{ description: 'Visit', responsibleCareLinkId: HOME_CARE, dueDate: '1 December' }],
        },
      },
      WARD,
    );
    expect(badPlan.errors?.[0].message).toBe('input.actions.0.dueDate: must be a date, YYYY-MM-DD');
    const noGoal = await platform.graphql(
      SAVE_PLAN,
      { input: { ...plan(esther, 2, ['  ']), contacts: [plan(esther, 2, []).contacts[0]] } },
      WARD,
    );
    expect(noGoal.errors?.[0].message).toBe(
      "input.goals: write at least one goal, in the patient's own words; input.contacts: name someone the patient can call at night",
    );
    // Nothing refused reached the list.
    await listVersionOf(esther, WARD, 3);
  });
});
