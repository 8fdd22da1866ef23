import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller, type Caller } from '../access/caller';
import { checkPatientId } from '../client-errors';
import { PatientRecords } from '../patient-records/patient-records';
import { MedicineList } from './medicine-list.model';

@Resolver(() => MedicineList)
export class MedicineListsResolver {
  constructor(private readonly records: PatientRecords) {}

  @Query(() => MedicineList, {
    nullable: true,
    description: "The patient's current medicine list; null when no change is known yet.",
  })
  medicineList(
    @Args('patientId', { type: () => ID }) patientId: string,
    @CurrentCaller() caller: Caller,
  ): Promise<MedicineList | null> {
    checkPatientId('patientId', patientId);
    return this.records.medicineList(caller, patientId);
  }
}
