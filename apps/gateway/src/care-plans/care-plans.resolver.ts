import { Inject } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { CarePlanContent } from '@carechain/domain';
import { CurrentCaller, type Caller } from '../access/caller';
import { StaffCommands } from '../care-commands/staff-commands';
import { checkPatientId } from '../client-errors';
import { withoutNulls } from '../medicine-lists/without-nulls';
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
    private readonly commands: StaffCommands,
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
    await this.access.requireForCommand(caller, 'carePlan.save', input, 'save carePlan');
    const content: CarePlanContent = {
      goals: input.goals,
      actions: input.actions.map(withoutNulls),
      contacts: input.contacts.map(withoutNulls) as CarePlanContent['contacts'],
      followUps: (input.followUps ?? []).map((f) => ({ ...f, at: f.at.toISOString() })),
      recommendations: input.recommendations ?? [],
    };
    const stored = await this.commands.saveCarePlan(caller, {
      patientId: input.patientId,
      baseVersion: input.baseVersion,
      content,
      requestId: input.requestId,
    });
    const payload = stored.payload as { carePlanId: string; version: number };
    return carePlanOf({ ...payload, occurredAt: stored.occurredAt, careLinkId: stored.careLinkId, payload });
  }
}
