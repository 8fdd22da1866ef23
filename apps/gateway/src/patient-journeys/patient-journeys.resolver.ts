import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { InjectPrisma, type PrismaClient } from '@carechain/persistence';
import { CurrentCaller, type Caller } from '../access/caller';
import { PatientAccess } from '../access/patient-access';
import { checkPatientId } from '../input-errors';
import { JourneyStatus, PatientJourney } from './patient-journey.model';

@Resolver(() => PatientJourney)
export class PatientJourneysResolver {
  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    private readonly access: PatientAccess,
  ) {}

  @Query(() => PatientJourney, {
    nullable: true,
    description: "The patient's journey; null when no event is known yet.",
  })
  async patientJourney(
    @Args('patientId', { type: () => ID }) patientId: string,
    @CurrentCaller() caller: Caller,
  ): Promise<PatientJourney | null> {
    checkPatientId('patientId', patientId);
    await this.access.authorise(caller, patientId, 'read patientJourney');
    const [journey, timeline] = await Promise.all([
      this.prisma.patientJourney.findUnique({ where: { patientId } }),
      this.prisma.journeyEntry.findMany({
        where: { patientId },
        orderBy: [{ occurredAt: 'asc' }, { sequence: 'asc' }],
      }),
    ]);
    if (!journey) return null;
    return {
      patientId,
      status: journey.status as JourneyStatus,
      stay: journey.stayId
        ? {
            stayId: journey.stayId,
            wardCareLinkId: journey.wardCareLinkId,
            admittedAt: journey.admittedAt,
            medicallyReadySince: journey.medicallyReadySince,
            dischargedAt: journey.dischargedAt,
          }
        : null,
      careLinkIds: journey.careLinkIds,
      eventCount: journey.eventCount,
      timeline: timeline.map(
        ({ eventId, type, occurredAt, recordedAt, careLinkId, sourceSystem, stayId, summary }) => ({
          eventId,
          type,
          occurredAt,
          recordedAt,
          careLinkId,
          sourceSystem,
          stayId,
          summary,
        }),
      ),
    };
  }
}
