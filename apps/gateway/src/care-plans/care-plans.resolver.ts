import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { checkCarePlan, type CarePlanContent } from '@carechain/domain';
import { CareEventStore, InjectPrisma, type PrismaClient } from '@carechain/persistence';
import { CurrentCaller, type Caller } from '../access/caller';
import {
  appendSerialised,
  checkPatientId,
  conflict,
  problemsError,
  validEvent,
  withoutNulls,
} from '../medicine-lists/serialised-append';
import { PatientRecords } from '../patient-records/patient-records';
import { RecordAccess } from '../patient-records/record-access';
import { CarePlan, SaveCarePlanInput } from './care-plan.model';
import { carePlanOf, printableCarePlan } from './care-plan-view';

export const CARE_PLAN_SETTINGS = Symbol('CarePlanSettings');
export interface CarePlanSettings {
  /** Times on the printed page are in the organisation's zone. */
  timeZone: string;
}

/** The shared care plan: every care link with a care relationship sees the current version and all earlier ones. */
@Resolver()
export class CarePlansResolver {
  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    @Inject(CareEventStore) private readonly store: CareEventStore,
    @Inject(CARE_PLAN_SETTINGS) private readonly settings: CarePlanSettings,
    private readonly access: RecordAccess,
    private readonly records: PatientRecords,
  ) {}

  @Query(() => CarePlan, {
    nullable: true,
    description: "The patient's current care plan; null when none has been made.",
  })
  currentCarePlan(
    @Args('patientId', { type: () => ID }) patientId: string,
    @CurrentCaller() caller: Caller,
  ): Promise<CarePlan | null> {
    checkPatientId('patientId', patientId);
    return this.records.carePlan(caller, patientId, null);
  }

  @Query(() => [CarePlan], { description: 'Every version of the care plan, the first first.' })
  carePlanHistory(
    @Args('patientId', { type: () => ID }) patientId: string,
    @CurrentCaller() caller: Caller,
  ): Promise<CarePlan[]> {
    checkPatientId('patientId', patientId);
    return this.records.carePlanHistory(caller, patientId);
  }

  @Query(() => String, {
    nullable: true,
    description: 'The care plan (by default the current version) as a printable HTML page.',
  })
  async printableCarePlan(
    @Args('patientId', { type: () => ID }) patientId: string,
    @Args('version', { type: () => Int, nullable: true }) version: number | null,
    @CurrentCaller() caller: Caller,
  ): Promise<string | null> {
    checkPatientId('patientId', patientId);
    const plan = await this.records.carePlan(caller, patientId, version ?? null, 'print carePlan');
    return plan && printableCarePlan(plan, this.settings.timeZone);
  }

  @Mutation(() => CarePlan, {
    description: 'Saves a new version of the care plan; the earlier versions stay as they were.',
  })
  async saveCarePlan(
    @Args('input') input: SaveCarePlanInput,
    @CurrentCaller() caller: Caller,
  ): Promise<CarePlan> {
    checkPatientId('input.patientId', input.patientId);
    await this.access.require(caller, 'carePlan.save', input.patientId, 'save carePlan');
    const content: CarePlanContent = {
      goals: input.goals,
      actions: input.actions.map(withoutNulls),
      contacts: input.contacts.map(withoutNulls) as CarePlanContent['contacts'],
      followUps: (input.followUps ?? []).map((f) => ({ ...f, at: f.at.toISOString() })),
      recommendations: input.recommendations ?? [],
    };
    const eventId = randomUUID();
    const occurredAt = new Date().toISOString();
    const idempotencyKey = `gateway:${caller.careLinkId}:care-plan:${input.requestId ?? eventId}`;
    const eventFor = (carePlanId: string, version: number) =>
      validEvent({
        eventId,
        idempotencyKey,
        type: 'CarePlanUpdated',
        schemaVersion: 2,
        patientId: input.patientId,
        occurredAt,
        source: { system: 'carechain-gateway', careLinkId: caller.careLinkId },
        payload: { carePlanId, version, ...content },
      });
    const first = eventFor(`sip-${eventId}`, input.baseVersion + 1);
    const problems = checkCarePlan(content);
    if (problems.length) throw problemsError(problems);
    const outcome = await appendSerialised(
      this.prisma,
      this.store,
      { kind: 'care-plan', patientId: input.patientId, idempotencyKey },
      (tx) =>
        tx.careEvent.findFirst({
          where: { patientId: input.patientId, type: 'CarePlanUpdated' },
          orderBy: { sequence: 'desc' },
        }),
      (latest) => {
        const current = latest?.payload as { carePlanId: string; version: number } | undefined;
        if ((current?.version ?? 0) !== input.baseVersion) {
          const by = latest
            ? `; ${latest.careLinkId} saved it last, at ${latest.occurredAt.toISOString()}`
            : '';
          throw conflict(
            `input.baseVersion: the care plan is at version ${current?.version ?? 0}, not ${input.baseVersion}${by}. Reload the plan and make your change to it`,
          );
        }
        return current ? eventFor(current.carePlanId, current.version + 1) : first;
      },
    );
    const stored = await this.prisma.careEvent.findUniqueOrThrow({ where: { eventId: outcome.eventId } });
    const payload = stored.payload as { carePlanId: string; version: number };
    return carePlanOf({ ...payload, occurredAt: stored.occurredAt, careLinkId: stored.careLinkId, payload });
  }
}
