import { Injectable } from '@nestjs/common';
import { buildSchema, execute, GraphQLError, Kind, parse, validate, type DocumentNode } from 'graphql';
import {
  readyPeriods,
  reconcileMedicineLists,
  stayRecordFromJson,
  type ListedMedication,
} from '@carechain/domain';
import { carePlanOf } from '../care-plans/care-plan-view';
import { factOf } from '../medicine-lists/medicine-list-history';
import { HandoverRecordReads } from '../patient-records/handover-record-reads';

/**
 * The patient's shared record as a receiving care link may ask for it. Specifications are queries
 * against this schema only, so one can never reach another patient or the rest of the API.
 */
export const patientRecordSchema = buildSchema(`
  "One patient's shared record at the moment a handover is sent."
  type Query { patient: Patient! }

  type Patient {
    patientId: ID!
    journey: Journey
    stay: Stay
    medicineList: MedicineList
    "The list at the latest stay's admission against the list now."
    medicineReconciliation: MedicineReconciliation
    carePlan: CarePlan
  }

  type Journey {
    status: String!
    "Care links that have taken part in the patient's care."
    careLinkIds: [String!]!
    timeline: [JourneyEntry!]!
  }

  type JourneyEntry { type: String! occurredAt: String! careLinkId: String! summary: String! }

  "The current or latest inpatient stay."
  type Stay {
    stayId: ID!
    wardCareLinkId: String
    admittedAt: String
    medicallyReadySince: String
    dischargedAt: String
    receivingCareLinkId: String
    diagnosisGroup: String
    "Why a medically ready patient is still in hospital, as last recorded."
    dischargeDelayCause: String
  }

  type MedicineList { changedAt: String medications: [Medication!]! }

  type Medication {
    text: String!
    "Codes as system|code, e.g. http://www.whocc.no/atc|C03CA01."
    codes: [String!]!
    dose: String
    route: String
    frequency: String
    since: String
    lastChangedByCareLinkId: String
  }

  type MedicineReconciliation {
    from: String!
    to: String!
    added: [Medication!]!
    stopped: [Medication!]!
    doseChanged: [DoseChange!]!
    unchanged: [Medication!]!
    "Changes made without a stated reason: ask the link that made them."
    withoutReason: [UnexplainedChange!]!
  }

  type DoseChange { text: String! codes: [String!]! from: String to: String fromFrequency: String toFrequency: String }

  type UnexplainedChange { text: String! action: String! occurredAt: String! careLinkId: String! }

  "The current version of the shared individual care plan (SIP)."
  type CarePlan {
    carePlanId: ID!
    version: Int!
    goals: [String!]!
    actions: [CarePlanAction!]!
    contacts: [CarePlanContact!]!
    followUps: [FollowUp!]!
    recommendations: [String!]!
    savedAt: String!
    savedByCareLinkId: String!
  }

  type CarePlanAction { description: String! responsibleCareLinkId: String! dueDate: String }
  type CarePlanContact { description: String! careLinkId: String phone: String! available: String! }
  type FollowUp { description: String! careLinkId: String! at: String! }
`);

export interface DocumentProblem {
  message: string;
  line?: number;
  column?: number;
}

const located = (error: GraphQLError): DocumentProblem => ({
  message: error.message,
  ...(error.locations?.[0] ? { line: error.locations[0].line, column: error.locations[0].column } : {}),
});

/** Parses and checks a specification document; the problems name what is wrong and where. */
export function checkSpecificationDocument(document: string): {
  document?: DocumentNode;
  problems: DocumentProblem[];
} {
  let parsed: DocumentNode;
  try {
    parsed = parse(document);
  } catch (error) {
    return { problems: [located(error as GraphQLError)] };
  }
  const problems: DocumentProblem[] = [];
  const operations = parsed.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (operations.length !== 1)
    problems.push({ message: `a specification holds exactly one query, not ${operations.length}` });
  for (const op of operations) {
    if (op.operation !== 'query')
      problems.push({
        message: `a specification is a query; a ${op.operation} is not allowed`,
        line: op.loc?.startToken.line,
      });
    if (op.variableDefinitions?.length)
      problems.push({ message: 'a specification takes no variables: the trigger gives the patient' });
    for (const selection of op.selectionSet.selections) {
      if (
        selection.kind === Kind.FIELD &&
        selection.name.value !== 'patient' &&
        !selection.name.value.startsWith('__')
      ) {
        problems.push({
          message: `'${selection.name.value}' reaches outside the patient's record; a specification asks only for patient { … }`,
          line: selection.loc?.startToken.line,
          column: selection.loc?.startToken.column,
        });
      }
    }
  }
  if (problems.length) return { problems };
  const invalid = validate(patientRecordSchema, parsed).map(located);
  return invalid.length ? { problems: invalid } : { document: parsed, problems: [] };
}

const iso = (at: Date | null | undefined) => (at ? at.toISOString() : null);

/** A listed medication; read models keep it as JSON, so its dates may be strings. */
type Listed = Omit<ListedMedication, 'since'> & { since: Date | string };

const codesOf = (medication: ListedMedication['medication']) =>
  (medication.coding ?? []).map((c) => `${c.system}|${c.code}`);

const medicationOf = (m: Listed) => ({
  text: m.medication.text,
  codes: codesOf(m.medication),
  dose: m.dose,
  route: m.route,
  frequency: m.frequency,
  since: new Date(m.since).toISOString(),
  lastChangedByCareLinkId: m.lastChangedByCareLinkId,
});

/**
 * Builds one patient's record from the read models, each part only when a specification asks for
 * it, read through the patient-records door.
 */
@Injectable()
export class PatientRecord {
  constructor(private readonly reads: HandoverRecordReads) {}

  async execute(document: DocumentNode, patientId: string, asOf: Date): Promise<Record<string, unknown>> {
    const result = await execute({
      schema: patientRecordSchema,
      document,
      rootValue: { patient: () => this.patient(patientId, asOf) },
    });
    if (result.errors?.length)
      throw new Error(`the patient record could not be read: ${result.errors[0].message}`);
    return result.data as Record<string, unknown>;
  }

  private patient(patientId: string, asOf: Date) {
    const reads = this.reads;
    return {
      patientId,
      journey: async () => {
        const journey = await reads.journey(patientId);
        if (!journey) return null;
        return {
          status: journey.status,
          careLinkIds: journey.careLinkIds,
          timeline: journey.timeline.map((e) => ({
            type: e.type,
            occurredAt: iso(e.occurredAt),
            careLinkId: e.careLinkId,
            summary: e.summary,
          })),
        };
      },
      stay: async () => {
        const stay = await reads.latestStay(patientId);
        if (!stay) return null;
        const record = stayRecordFromJson(stay.facts);
        const open = readyPeriods(record.facts, asOf).find((p) => p.to === null);
        const cause = [...record.facts.causes]
          .filter((c) => c.from <= asOf)
          .sort((a, b) => a.from.getTime() - b.from.getTime())
          .at(-1);
        return {
          stayId: stay.stayId,
          wardCareLinkId: stay.wardCareLinkId,
          admittedAt: iso(stay.admittedAt),
          medicallyReadySince: iso(open?.from),
          dischargedAt: iso(stay.dischargedAt),
          receivingCareLinkId: stay.receivingCareLinkId,
          diagnosisGroup: stay.diagnosisGroup,
          dischargeDelayCause: open ? (cause?.cause ?? null) : null,
        };
      },
      medicineList: async () => {
        const list = await reads.medicineList(patientId);
        if (!list) return null;
        return {
          changedAt: iso(list.changedAt),
          medications: (list.medications as unknown as Listed[]).map(medicationOf),
        };
      },
      medicineReconciliation: async () => {
        const stay = await reads.latestStay(patientId, true);
        if (!stay?.admittedAt) return null;
        const changes = await reads.medicineListChanges(patientId);
        const r = reconcileMedicineLists(changes.map(factOf), stay.admittedAt, asOf);
        return {
          from: iso(stay.admittedAt),
          to: iso(asOf),
          added: r.added.map(medicationOf),
          stopped: r.stopped.map(medicationOf),
          unchanged: r.unchanged.map(medicationOf),
          doseChanged: r.doseChanged.map(({ medication, before, after }) => ({
            text: medication.text,
            codes: codesOf(medication),
            from: before.dose,
            to: after.dose,
            fromFrequency: before.frequency,
            toFrequency: after.frequency,
          })),
          withoutReason: r.withoutReason.map((u) => ({
            text: u.change.medication.text,
            action: u.change.action,
            occurredAt: iso(u.occurredAt),
            careLinkId: u.careLinkId,
          })),
        };
      },
      carePlan: async () => {
        const row = await reads.carePlan(patientId, asOf);
        if (!row) return null;
        const plan = carePlanOf(row);
        return {
          ...plan,
          savedAt: iso(plan.savedAt),
          followUps: plan.followUps.map((f) => ({ ...f, at: iso(f.at) })),
        };
      },
    };
  }
}
