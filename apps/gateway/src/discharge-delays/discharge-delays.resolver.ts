import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller, type Caller } from '../access/caller';
import { StaffCommands } from '../care-commands/staff-commands';
import { checkPatientId } from '../client-errors';
import { PatientRecords } from '../patient-records/patient-records';
import { RecordAccess } from '../patient-records/record-access';
import { DischargeDelayCauseInput, DischargeDelayCauseRecord } from './discharge-delay.model';

/** Staff record why a ready patient is still in hospital; each record is a care event, so history is kept. */
@Resolver()
export class DischargeDelaysResolver {
  constructor(
    private readonly commands: StaffCommands,
    private readonly access: RecordAccess,
    private readonly records: PatientRecords,
  ) {}

  @Mutation(() => DischargeDelayCauseRecord, {
    description: "Records the cause of a medically ready patient's delayed discharge.",
  })
  async recordDischargeDelayCause(
    @Args('input') input: DischargeDelayCauseInput,
    @CurrentCaller() caller: Caller,
  ): Promise<DischargeDelayCauseRecord> {
    await this.access.requireForCommand(caller, 'dischargeDelay.record', input, 'record dischargeDelayCause');
    const from = input.from ?? new Date();
    const outcome = await this.commands.recordDischargeDelayCause(caller, {
      patientId: input.patientId,
      stayId: input.stayId,
      cause: input.cause,
      from,
      note: input.note,
      requestId: input.requestId,
    });
    return {
      eventId: outcome.eventId,
      stayId: input.stayId,
      cause: input.cause,
      from,
      note: input.note ?? null,
      recordedAt: outcome.recordedAt,
      recordedByCareLinkId: caller.careLinkId,
    };
  }

  @Query(() => [DischargeDelayCauseRecord], {
    description: 'Every cause recorded for a stay, in the order they apply.',
  })
  dischargeDelayCauses(
    @Args('patientId', { type: () => ID }) patientId: string,
    @Args('stayId', { type: () => ID }) stayId: string,
    @CurrentCaller() caller: Caller,
  ): Promise<DischargeDelayCauseRecord[]> {
    checkPatientId('patientId', patientId);
    return this.records.dischargeDelayCauses(caller, patientId, stayId);
  }
}
