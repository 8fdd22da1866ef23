import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { InjectPrisma, type PrismaClient } from '@carechain/persistence';
import { CurrentCaller, type Caller } from '../access/caller';
import { PatientAccess } from '../access/patient-access';
import { checkPatientId } from '../input-errors';
import { listedOf } from './medicine-list-history';
import { MedicineList } from './medicine-list.model';

@Resolver(() => MedicineList)
export class MedicineListsResolver {
  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    private readonly access: PatientAccess,
  ) {}

  @Query(() => MedicineList, {
    nullable: true,
    description: "The patient's current medicine list; null when no change is known yet.",
  })
  async medicineList(
    @Args('patientId', { type: () => ID }) patientId: string,
    @CurrentCaller() caller: Caller,
  ): Promise<MedicineList | null> {
    checkPatientId('patientId', patientId);
    await this.access.authorise(caller, patientId, 'read medicineList');
    const list = await this.prisma.medicineList.findUnique({ where: { patientId } });
    if (!list) return null;
    return {
      patientId,
      changeCount: list.changeCount,
      changedAt: list.changedAt,
      medications: (list.medications as unknown as Parameters<typeof listedOf>[0][]).map(listedOf),
    };
  }
}
