import { careEventEnvelope, careEvents, eventually, uniquePatientId } from '@carechain/testing';
import { RunningPlatform } from './running-platform';

type Answer<T = Record<string, unknown>> = {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string } }[];
};

interface Principal {
  actor: string;
  careLinkId: string;
  roles: string;
}

const WARD = 'ryhov-med-3';
const HOME_CARE = 'jonkoping-home-care';
/** A primary care unit with nothing to do with the test's patients. */
const OUTSIDER = 'vc-tranas';
const MUNICIPALITY = 'jonkopings-kommun';
/** Jönköping's kommunkod: the admission says Esther lives there, so her notices go to its home care. */
const HOME_MUNICIPALITY_CODE = '0680';
/** A month that holds Esther's stay, for the municipality's payment-liability invoice. */
const THIS_MONTH = new Date().toISOString().slice(0, 7);
const NEEDS_AT_READY = '{ patient { patientId stay { wardCareLinkId medicallyReadySince } } }';
const AGGREGATE_ROLES = ['coach', 'integrator', 'complaints-handler'];
/** Esther's name as the hospital's EHR tells the identity register. */
const ESTHER_NAME = {
  familyName: 'Dörrström',
  givenNames: 'Esther',
  personalIdentityNumber: '19381123-1234',
};

const headersOf = (who: Principal) => ({
  'x-carechain-actor': who.actor,
  'x-carechain-care-link': who.careLinkId,
  'x-carechain-roles': who.roles,
});

/** Introspection deep enough for argument and field types three wrappers deep ([X!]!). */
const INTROSPECTION = `{ __schema {
  queryType { name } mutationType { name } subscriptionType { name }
  types { name kind
    fields { name type { ...T } args { name type { ...T } } }
    inputFields { name type { ...T } } } } }
fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }`;

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface SchemaType {
  name: string;
  kind: string;
  fields: { name: string; type: TypeRef; args: { name: string; type: TypeRef }[] }[] | null;
  inputFields: { name: string; type: TypeRef }[] | null;
}
const named = (t: TypeRef): string => (t.ofType ? named(t.ofType) : t.name!);

/**
 * The fields of the schema that return patient data: every root field that names a patient (a
 * patientId argument, or an input holding one), and, on the types other root fields reach, every
 * patientId field and every free-form JSON field beside one (a handover's data).
 */
function patientFields(schema: {
  queryType: { name: string };
  mutationType: { name: string };
  subscriptionType: { name: string };
  types: SchemaType[];
}): string[] {
  const types = new Map(schema.types.map((t) => [t.name, t]));
  const holdsPatientId = (name: string) =>
    (types.get(name)?.inputFields ?? []).some((f) => f.name === 'patientId');
  const found = new Set<string>();
  const reached = new Set<string>();
  const reach = (name: string) => {
    if (reached.has(name)) return;
    reached.add(name);
    const type = types.get(name);
    if (!type?.fields || name.startsWith('__')) return;
    const carriesPatient = type.fields.some((f) => f.name === 'patientId');
    for (const field of type.fields) {
      if (field.name === 'patientId' || (carriesPatient && named(field.type) === 'JSON'))
        found.add(`${name}.${field.name}`);
      reach(named(field.type));
    }
  };
  for (const root of [schema.queryType, schema.mutationType, schema.subscriptionType]) {
    for (const field of types.get(root.name)!.fields!) {
      const namesPatient = field.args.some(
        (a) => a.name === 'patientId' || a.name === 'patientIds' || holdsPatientId(named(a.type)),
      );
      if (namesPatient) found.add(`${root.name}.${field.name}`);
      else reach(named(field.type));
    }
  }
  return [...found].sort();
}

/**
 * How each patient field is asked for, by whom it is refused or withheld, and by whom it is read.
 * `refusal`: `forbidden` answers FORBIDDEN and audits the refusal; `withheld` answers without the
 * patient; `withheld-audited` answers without the patient and audits the refusal (the patient was
 * asked for by id); `not-yours` answers FORBIDDEN before any patient is looked at (a package of another link).
 */
interface Case {
  query: string;
  variables: () => object;
  action: string;
  refusedAs: Principal;
  refusal: 'forbidden' | 'withheld' | 'withheld-audited' | 'not-yours';
  allowedAs: Principal;
}

describe('one door for patient data: every field of the schema that returns patient data is refused without a care relationship and audited with one', () => {
  let platform: RunningPlatform;
  const esther = uniquePatientId();
  const former = uniquePatientId();
  let estherPackage: string;
  let complaintId: string;
  const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();

  const ask = async <T = Record<string, unknown>>(who: Principal, query: string, variables: object = {}) => {
    const res = await fetch(`${platform.services.gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headersOf(who) },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as Answer<T>;
  };
  const staff = (careLinkId: string, actor: string, roles = 'care-staff'): Principal => ({
    actor,
    careLinkId,
    roles,
  });
  const coordinator = staff('region-coordination', 'coordinator-door', 'coordinator');

  const accessLog = async (patientId: string) => {
    const { data, errors } = await ask<{
      patientAccessLog: { actorId: string; careLinkId: string; action: string; allowed: boolean }[];
    }>(
      coordinator,
      'query($p: ID!) { patientAccessLog(patientId: $p) { actorId careLinkId action allowed } }',
      { p: patientId },
    );
    expect(errors).toBeUndefined();
    return data!.patientAccessLog;
  };

  beforeAll(async () => {
    platform = await RunningPlatform.start({
      gateway: {
        GRAPHQL_INTROSPECTION: 'true',
        GRAPHQL_MAX_DEPTH: '20',
        GRAPHQL_MAX_COST: '1000000',
        // A day, so a stay that ended three days ago has ended its ward's relationship.
        ACCESS_RELATIONSHIP_DAYS: '1',
      },
    });
    // Complaints name care links of the directory; notices and invoices follow its organisations.
    for (const [query, input] of [
      [
        'mutation($input: OrganisationInput!) { saveOrganisation(input: $input) { organisationId } }',
        { organisationId: 'region-jonkoping', name: 'Region Jönköpings län', kind: 'region' },
      ],
      [
        'mutation($input: OrganisationInput!) { saveOrganisation(input: $input) { organisationId } }',
        { organisationId: MUNICIPALITY, name: 'Jönköpings kommun', kind: 'municipality' },
      ],
      [
        'mutation($input: CareLinkInput!) { saveCareLink(input: $input) { careLinkId } }',
        {
          careLinkId: HOME_CARE,
          name: 'Hemtjänst Jönköping',
          kind: 'home-care',
          organisationId: MUNICIPALITY,
          noticesForMunicipalityCode: HOME_MUNICIPALITY_CODE,
        },
      ],
      [
        'mutation($input: CareLinkInput!) { saveCareLink(input: $input) { careLinkId } }',
        {
          careLinkId: 'region-coordination',
          name: 'Regionens samordning',
          kind: 'other',
          organisationId: 'region-jonkoping',
        },
      ],
      [
        'mutation($input: CareLinkInput!) { saveCareLink(input: $input) { careLinkId } }',
        {
          careLinkId: WARD,
          name: 'Medicin 3',
          kind: 'hospital-ward',
          organisationId: 'region-jonkoping',
          hospital: 'Länssjukhuset Ryhov',
        },
      ],
    ] as const) {
      expect((await ask(coordinator, query, { input })).errors).toBeUndefined();
    }
    const spec = await ask(
      staff(HOME_CARE, 'home-care-planner'),
      `mutation($input: HandoverSpecificationInput!) { saveHandoverSpecification(input: $input) { version } }`,
      {
        input: {
          specificationId: 'home-care-at-ready',
          name: 'Home care needs at ready',
          trigger: 'medically-ready',
          document: NEEDS_AT_READY,
        },
      },
    );
    expect(spec.errors).toBeUndefined();
    const readyFor = (patientId: string, readyAt: string) =>
      careEventEnvelope('MedicallyReadyForDischarge', patientId, readyAt, WARD, {
        stayId: `stay-${patientId}`,
        readyAt,
        expectedDestinationCareLinkId: HOME_CARE,
      });
    const admitted = careEvents.admitted(esther, hoursAgo(48), WARD);
    for (const event of [
      { ...admitted, payload: { ...admitted.payload, homeMunicipalityCode: HOME_MUNICIPALITY_CODE } },
      readyFor(esther, hoursAgo(1)),
      careEvents.admitted(former, hoursAgo(6 * 24), WARD),
      readyFor(former, hoursAgo(4 * 24)),
      careEventEnvelope('PatientDischarged', former, hoursAgo(3 * 24), WARD, {
        stayId: `stay-${former}`,
        destination: 'home-with-home-care',
        destinationCareLinkId: HOME_CARE,
      }),
    ]) {
      expect((await platform.submit(event)).status).toBe(201);
    }
    const told = await fetch(`${platform.services['care-events'].url}/patients/${esther}/identity`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(ESTHER_NAME),
    });
    expect(told.status).toBe(200);
    const inbox = await eventually(async () => {
      const { data } = await ask<{
        handoverInboxPage: { packages: { packageId: string; patientId: string }[] };
      }>(
        staff(HOME_CARE, 'home-care-setup'),
        '{ handoverInboxPage(first: 200) { packages { packageId patientId } } }',
      );
      const ids = new Set(data?.handoverInboxPage.packages.map((p) => p.patientId));
      return ids.has(esther) && ids.has(former) ? data!.handoverInboxPage.packages : undefined;
    }, 'both handovers delivered to home care');
    estherPackage = inbox.find((p) => p.patientId === esther)!.packageId;
    await eventually(async () => {
      const { data } = await ask<{ patientsWaiting: { patientId: string }[] }>(
        staff(WARD, 'ward-setup'),
        '{ patientsWaiting { patientId } }',
      );
      return data?.patientsWaiting.some((w) => w.patientId === esther) ? true : undefined;
    }, 'Esther waiting on the ward');
    await eventually(async () => {
      const { data } = await ask<{ dischargePlanning: { patientId: string }[] }>(
        staff(WARD, 'ward-planning-setup'),
        '{ dischargePlanning { patientId } }',
      );
      return data?.dischargePlanning.some((s) => s.patientId === esther) ? true : undefined;
    }, 'the ward owes notices about Esther to her home municipality');
    const complaint = await ask<{ recordComplaint: { complaintId: string } }>(
      staff('complaints-line', 'complaints-setup', 'complaints-handler'),
      `mutation($input: ComplaintInput!) { recordComplaint(input: $input) { complaintId } }`,
      {
        input: {
          receivedOn: new Date().toISOString().slice(0, 10),
          complainantKind: 'relative',
          summary: 'Nobody told home care she was coming',
          involvedCareLinkIds: [WARD],
          patientId: esther,
        },
      },
    );
    expect(complaint.errors).toBeUndefined();
    complaintId = complaint.data!.recordComplaint.complaintId;
  });

  afterAll(async () => {
    await platform?.stop();
  });

  const outsider = (name: string) => staff(OUTSIDER, `${name}-refused`);
  const ward = (name: string, roles = 'care-staff') => staff(WARD, `${name}-allowed`, roles);
  /** Asked by a care link with no relationship (refused, audited), then by the ward (read, audited). */
  const standard =
    (query: string, action: string, variables: () => object = () => ({ p: esther })) =>
    (n: string): Case => ({
      query,
      variables,
      action,
      refusedAs: outsider(n),
      refusal: 'forbidden',
      allowedAs: ward(n),
    });
  const cases: Record<string, (name: string) => Case> = {
    'Query.patientJourney': standard(
      'query($p: ID!) { patientJourney(patientId: $p) { patientId status } }',
      'read patientJourney',
    ),
    'Query.patientIdentity': standard(
      'query($p: ID!) { patientIdentity(patientId: $p) { patientId name personalIdentityNumber } }',
      'read patientIdentity',
    ),
    'Query.patientIdentities': (n) => ({
      query:
        'query($p: [ID!]!) { patientIdentities(patientIds: $p) { patientId name personalIdentityNumber } }',
      variables: () => ({ p: [esther] }),
      action: 'read patientIdentities',
      refusedAs: outsider(n),
      refusal: 'withheld-audited',
      allowedAs: ward(n),
    }),
    'PatientIdentity.patientId': (n) => ({
      query: 'query($q: String!) { findPatients(query: $q) { patientId name } }',
      variables: () => ({ q: 'dörrst esth' }),
      action: 'search patients by identity',
      refusedAs: outsider(n),
      refusal: 'withheld',
      allowedAs: ward(n),
    }),
    'Query.medicineList': standard(
      'query($p: ID!) { medicineList(patientId: $p) { patientId } }',
      'read medicineList',
    ),
    'Query.medicineListAt': standard(
      'query($p: ID!, $at: DateTime!) { medicineListAt(patientId: $p, at: $at) { patientId } }',
      'read medicineListAt',
      () => ({ p: esther, at: new Date().toISOString() }),
    ),
    'Query.medicineListChanges': standard(
      'query($p: ID!, $from: DateTime!, $to: DateTime!) { medicineListChanges(patientId: $p, from: $from, to: $to) { eventId } }',
      'read medicineListChanges',
      () => ({ p: esther, from: hoursAgo(72), to: new Date().toISOString() }),
    ),
    'Query.medicineReconciliation': standard(
      'query($p: ID!) { medicineReconciliation(patientId: $p) { from to } }',
      'read medicineReconciliation',
    ),
    'Query.currentCarePlan': standard(
      'query($p: ID!) { currentCarePlan(patientId: $p) { version } }',
      'read currentCarePlan',
    ),
    'Query.carePlanHistory': standard(
      'query($p: ID!) { carePlanHistory(patientId: $p) { version } }',
      'read carePlanHistory',
    ),
    'Query.printableCarePlan': standard(
      'query($p: ID!) { printableCarePlan(patientId: $p) }',
      'print carePlan',
    ),
    'Query.dischargeDelayCauses': standard(
      'query($p: ID!, $s: ID!) { dischargeDelayCauses(patientId: $p, stayId: $s) { cause } }',
      'read dischargeDelayCauses',
      () => ({ p: esther, s: `stay-${esther}` }),
    ),
    'Query.patientAccessLog': (n) => ({
      ...standard(
        'query($p: ID!) { patientAccessLog(patientId: $p) { action } }',
        'read patientAccessLog',
      )(n),
      // The ward has a relationship, but the log is the coordinator's.
      refusedAs: ward(`${n}-ward`),
      refusal: 'forbidden',
      allowedAs: staff('region-coordination', `${n}-allowed`, 'coordinator'),
    }),
    'Mutation.changeMedicineList': standard(
      'mutation($input: ChangeMedicineListInput!) { changeMedicineList(input: $input) { listVersion } }',
      'change medicineList',
      () => ({
        input: {
          patientId: esther,
          listVersion: 0,
          requestId: 'door-furosemid',
          changes: [{ action: 'added', medication: { text: 'Furosemid 40 mg' }, dose: '40 mg' }],
        },
      }),
    ),
    'Mutation.saveCarePlan': standard(
      'mutation($input: SaveCarePlanInput!) { saveCarePlan(input: $input) { version } }',
      'save carePlan',
      () => ({
        input: {
          patientId: esther,
          baseVersion: 0,
          requestId: 'door-plan',
          goals: ['Home for Christmas'],
          actions: [{ description: 'Home care visits twice daily', responsibleCareLinkId: HOME_CARE }],
          contacts: [
            {
              description: 'Home care',
              careLinkId: HOME_CARE,
              phone: '036-10 50 00',
              available: 'day-and-night',
            },
          ],
        },
      }),
    ),
    'Mutation.recordDischargeDelayCause': standard(
      'mutation($input: DischargeDelayCauseInput!) { recordDischargeDelayCause(input: $input) { cause } }',
      'record dischargeDelayCause',
      () => ({
        input: {
          patientId: esther,
          stayId: `stay-${esther}`,
          cause: 'home-care-capacity',
          requestId: 'door-cause',
        },
      }),
    ),
    'Mutation.recordComplaint': (n) => ({
      query: 'mutation($input: ComplaintInput!) { recordComplaint(input: $input) { patientId } }',
      variables: () => ({
        input: {
          receivedOn: new Date().toISOString().slice(0, 10),
          complainantKind: 'patient',
          summary: 'Waited a week for home care',
          involvedCareLinkIds: [WARD],
          patientId: esther,
        },
      }),
      action: 'read complaint patient',
      // The complaints line records it, but does not see whom it is about.
      refusedAs: staff('complaints-line', `${n}-refused`, 'complaints-handler'),
      refusal: 'forbidden',
      allowedAs: ward(n, 'complaints-handler,hospital-staff'),
    }),
    'Complaint.patientId': standard(
      'query($c: ID!) { complaint(complaintId: $c) { complaintId patientId } }',
      'read complaint patient',
      () => ({ c: complaintId }),
    ),
    'WaitingPatient.patientId': (n) => ({
      query: '{ patientsWaiting { patientId } }',
      variables: () => ({}),
      action: 'read patientsWaiting',
      refusedAs: outsider(n),
      refusal: 'withheld',
      allowedAs: ward(n),
    }),
    'HandoverPackage.patientId': (n) => ({
      query: '{ sentHandovers { packageId patientId timeliness } }',
      variables: () => ({}),
      action: 'read sentHandovers',
      // The ward's coach sees how its handovers fare, not whom they are about.
      refusedAs: ward(`${n}-coach`, 'coach'),
      refusal: 'withheld',
      allowedAs: ward(n),
    }),
    'HandoverPackage.data': (n) => ({
      query: 'query($id: ID!) { handoverPackage(packageId: $id) { patientId data } }',
      variables: () => ({ id: estherPackage }),
      action: 'read handoverPackage',
      refusedAs: outsider(n),
      refusal: 'not-yours',
      allowedAs: staff(HOME_CARE, `${n}-allowed`),
    }),
    'DischargePlanningStay.patientId': (n) => ({
      query: '{ dischargePlanning { patientId notices { notice } } }',
      variables: () => ({}),
      action: 'read dischargePlanning',
      refusedAs: outsider(n),
      refusal: 'withheld',
      allowedAs: ward(n),
    }),
    'ChargedDayLine.patientId': (n) => ({
      query:
        'query($m: String!, $month: String!) { municipalLiabilityInvoice(municipality: $m, month: $month) { days { patientId } } }',
      variables: () => ({ m: MUNICIPALITY, month: THIS_MONTH }),
      action: 'read municipalLiabilityInvoice',
      // The invoice is the coordinators': staff are refused before any patient is looked at.
      refusedAs: outsider(n),
      refusal: 'not-yours',
      allowedAs: coordinator,
    }),
    'Mutation.recordConsent': standard(
      'mutation($input: RecordConsentInput!) { recordConsent(input: $input) { basis } }',
      'record consent',
      () => ({ input: { patientId: esther, basis: 'consent-given', requestId: 'door-consent' } }),
    ),
    'Mutation.callPlanningMeeting': standard(
      'mutation($input: CallPlanningMeetingInput!) { callPlanningMeeting(input: $input) { meetingId } }',
      'call planningMeeting',
      () => ({
        input: {
          patientId: esther,
          stayId: `stay-${esther}`,
          at: new Date(Date.now() + 86_400_000).toISOString(),
          mode: 'video',
          participantCareLinkIds: [HOME_CARE],
          patientTakesPart: true,
          relativesInvited: true,
          requestId: 'door-meeting',
        },
      }),
    ),
    // Last, as the stays read model needs a moment to hold her ready again after these two.
    'Mutation.withdrawMedicallyReady': standard(
      'mutation($input: WithdrawMedicallyReadyInput!) { withdrawMedicallyReady(input: $input) { ready } }',
      'withdraw medicallyReady',
      () => ({ input: { patientId: esther, stayId: `stay-${esther}`, reason: 'new fever' } }),
    ),
    'Mutation.markMedicallyReady': standard(
      'mutation($input: MarkMedicallyReadyInput!) { markMedicallyReady(input: $input) { ready } }',
      'mark medicallyReady',
      () => ({ input: { patientId: esther, stayId: `stay-${esther}`, readyAt: hoursAgo(10) } }),
    ),
  };

  it('finds in the schema exactly the patient fields this test covers', async () => {
    const { data, errors } = await ask<{ __schema: Parameters<typeof patientFields>[0] }>(
      coordinator,
      INTROSPECTION,
    );
    expect(errors).toBeUndefined();
    // A new field that returns patient data fails here until it is added to the cases below.
    expect(patientFields(data!.__schema)).toEqual(Object.keys(cases).sort());
  });

  it.each(Object.keys(cases))(
    '%s: refused without a relationship, audited, and read with one',
    async (name) => {
      const c = cases[name](name.replace('.', '-'));
      const refused = await ask(c.refusedAs, c.query, c.variables());
      const text = JSON.stringify(refused.data ?? null);
      if (c.refusal === 'withheld' || c.refusal === 'withheld-audited') {
        expect(refused.errors).toBeUndefined();
      } else {
        expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      }
      expect(text).not.toContain(esther);

      const allowed = await ask(c.allowedAs, c.query, c.variables());
      expect(allowed.errors).toBeUndefined();

      const log = await accessLog(esther);
      const entry = (who: Principal, ok: boolean) =>
        log.filter((e) => e.actorId === who.actor && e.action === c.action && e.allowed === ok);
      expect(entry(c.allowedAs, true)).not.toHaveLength(0);
      expect(entry(c.refusedAs, true)).toHaveLength(0);
      expect(entry(c.refusedAs, false)).toHaveLength(
        c.refusal === 'forbidden' || c.refusal === 'withheld-audited' ? 1 : 0,
      );
    },
  );

  it.each([...AGGREGATE_ROLES, 'coordinator'])(
    "the %s acting for the ward is refused Esther's name and personal identity number by every query, and the refusal is audited",
    async (role) => {
      const who = staff(WARD, `${role}-identity`, role);
      const answers = [
        await ask(who, 'query($p: ID!) { patientIdentity(patientId: $p) { name personalIdentityNumber } }', {
          p: esther,
        }),
        await ask(who, 'query($q: String!) { findPatients(query: $q) { patientId name } }', {
          q: 'Dörrström',
        }),
        await ask(who, 'query($q: String!) { findPatients(query: $q) { patientId name } }', {
          q: '381123-1234',
        }),
      ];
      for (const answer of answers) {
        expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
        expect(JSON.stringify(answer)).not.toMatch(/Dörrström|19381123/);
        expect(JSON.stringify(answer)).not.toContain(esther);
      }
      const refused = (await accessLog(esther)).filter((e) => e.actorId === who.actor);
      expect(refused.map((e) => [e.action, e.allowed])).toEqual([
        ['read patientIdentity', false],
        ['search patients by identity', false],
        ['search patients by identity', false],
      ]);
    },
  );

  describe('a coach, an integrator or the complaints line acting for a ward gets no patient identifiers from any handover query', () => {
    const PACKAGE = 'packageId patientId data sendingCareLinkId receivingCareLinkId timeliness complete';
    interface Package {
      packageId: string;
      patientId: string | null;
      data: unknown;
      timeliness: string;
    }

    /** A subscriber acting in `roles` for the care link, replaying every package it has been sent. */
    const subscribe = (who: Principal) =>
      platform.subscribe<{ handoverDelivered: Package }>(
        `subscription($s: String) { handoverDelivered(since: $s) { ${PACKAGE} } }`,
        who.careLinkId,
        who.roles,
        { s: new Date(0).toISOString() },
      );

    it.each(AGGREGATE_ROLES)(
      'the %s sees the status of the sent and received handovers, never whom they are about',
      async (role) => {
        const sender = staff(WARD, `${role}-for-ward`, role);
        const receiver = staff(HOME_CARE, `${role}-for-home-care`, role);
        const sent = await ask<{ sentHandovers: Package[] }>(sender, `{ sentHandovers { ${PACKAGE} } }`);
        const inbox = await ask<{ handoverInboxPage: { packages: Package[] } }>(
          receiver,
          `{ handoverInboxPage(first: 200) { packages { ${PACKAGE} } } }`,
        );
        const packages = await Promise.all(
          [sender, receiver].map((who) =>
            ask<{ handoverPackage: Package }>(
              who,
              `query($id: ID!) { handoverPackage(packageId: $id) { ${PACKAGE} } }`,
              {
                id: estherPackage,
              },
            ),
          ),
        );
        const live = await subscribe(receiver);
        try {
          const delivered = await eventually(
            async () => (live.received.length >= 2 ? live.received : undefined),
            `${role}'s subscription replaying home care's packages`,
          );
          const seen = [
            ...sent.data!.sentHandovers,
            ...inbox.data!.handoverInboxPage.packages,
            ...packages.map((p) => p.data!.handoverPackage),
            ...delivered.map((d) => d.data!.handoverDelivered),
          ];
          for (const answer of [sent, inbox, ...packages, ...delivered])
            expect(answer.errors).toBeUndefined();
          expect(sent.data!.sentHandovers.length).toBeGreaterThanOrEqual(2);
          expect(inbox.data!.handoverInboxPage.packages.length).toBeGreaterThanOrEqual(2);
          for (const p of seen) {
            expect(p).toMatchObject({ patientId: null, data: null, timeliness: expect.any(String) });
          }
          const text = JSON.stringify(seen);
          expect(text).not.toContain(esther);
          expect(text).not.toContain(former);
        } finally {
          await live.stop();
        }
        const log = await accessLog(esther);
        expect(log.filter((e) => e.actorId.startsWith(`${role}-for-`) && e.allowed)).toEqual([]);
      },
    );

    it('no longer shows the sending ward a patient whose relationship has ended, while home care, which was sent her handover today, still sees her', async () => {
      const wardStaff = staff(WARD, 'ward-nurse-sent', 'hospital-staff');
      const sent = await ask<{ sentHandovers: Package[] }>(wardStaff, `{ sentHandovers { ${PACKAGE} } }`);
      expect(sent.errors).toBeUndefined();
      const ids = sent.data!.sentHandovers.map((p) => p.patientId);
      expect(ids).toContain(esther);
      expect(ids).toContain(null);
      expect(JSON.stringify(sent.data)).not.toContain(former);

      const homeCare = staff(HOME_CARE, 'home-care-nurse-inbox', 'municipal-staff');
      const inbox = await ask<{ handoverInboxPage: { packages: Package[] } }>(
        homeCare,
        `{ handoverInboxPage(first: 200) { packages { ${PACKAGE} } } }`,
      );
      expect(inbox.data!.handoverInboxPage.packages.map((p) => p.patientId)).toEqual(
        expect.arrayContaining([esther, former]),
      );

      // Every identifier shown is audited; the withheld one is not shown, so not read.
      const wardRead = (await accessLog(former)).filter((e) => e.actorId === wardStaff.actor);
      expect(wardRead).toEqual([]);
      expect(
        (await accessLog(esther)).filter(
          (e) => e.actorId === wardStaff.actor && e.action === 'read sentHandovers',
        ),
      ).toEqual([expect.objectContaining({ allowed: true, careLinkId: WARD })]);
      expect(
        (await accessLog(former)).filter(
          (e) => e.actorId === homeCare.actor && e.action === 'read handoverInbox',
        ),
      ).toEqual([expect.objectContaining({ allowed: true, careLinkId: HOME_CARE })]);
    });
  });
});
