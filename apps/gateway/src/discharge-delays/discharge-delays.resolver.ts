import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { InjectPrisma, type PrismaClient } from '@carechain/persistence';
import { CurrentCaller, type Caller } from '../access/caller';
import { PatientAccess } from '../access/patient-access';
import { StaffCommands } from '../care-commands/staff-commands';
import { checkPatientId } from '../input-errors';
import { DischargeDelayCauseInput, DischargeDelayCauseRecord } from './discharge-delay.model';

/** Staff record why a ready patient is still in hospital; each record is a care event, so history is kept. */
@Resolver()
export class DischargeDelaysResolver {
  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    private readonly commands: StaffCommands,
    private readonly access: PatientAccess,
  ) {}

  @Mutation(() => DischargeDelayCauseRecord, {
    description: "Records the cause of a medically ready patient's delayed discharge.",
  })
  async recordDischargeDelayCause(
    @Args('input') input: DischargeDelayCauseInput,
    @CurrentCaller() caller: Caller,
  ): Promise<DischargeDelayCauseRecord> {
    checkPatientId('input.patientId', input.patientId);
    await this.access.authorise(caller, input.patientId, 'record dischargeDelayCause');
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
  async dischargeDelayCauses(
    @Args('patientId', { type: () => ID }) patientId: string,
    @Args('stayId', { type: () => ID }) stayId: string,
    @CurrentCaller() caller: Caller,
  ): Promise<DischargeDelayCauseRecord[]> {
    checkPatientId('patientId', patientId);
    await this.access.authorise(caller, patientId, 'read dischargeDelayCauses');
    const rows = await this.prisma.$queryRaw<
      {
        event_id: string;
        payload: { cause: string; from: string; note?: string };
        recorded_at: Date;
        care_link_id: string;
      }[]
    >`
      SELECT s.event_id, s.payload, e.recorded_at, s.care_link_id
      FROM stay_event s JOIN care_event e USING (event_id)
      WHERE s.stay_id = ${stayId} AND s.patient_id = ${patientId} AND s.type = 'DischargeDelayCauseRecorded'
      ORDER BY (s.payload->>'from')::timestamptz, s.sequence`;
    return rows.map((row) => ({
      eventId: row.event_id,
      stayId,
      cause: row.payload.cause,
      from: new Date(row.payload.from),
      note: row.payload.note ?? null,
      recordedAt: row.recorded_at,
      recordedByCareLinkId: row.care_link_id,
    }));
  }
}
