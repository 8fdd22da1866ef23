import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller, type Caller } from '../access/caller';
import { checkPatientId } from '../client-errors';
import { PatientRecords } from '../patient-records/patient-records';
import { PatientJourney } from './patient-journey.model';

@Resolver(() => PatientJourney)
export class PatientJourneysResolver {
  constructor(private readonly records: PatientRecords) {}

  @Query(() => PatientJourney, {
    nullable: true,
    description: "The patient's journey; null when no event is known yet.",
  })
  patientJourney(
    @Args('patientId', { type: () => ID }) patientId: string,
    @CurrentCaller() caller: Caller,
  ): Promise<PatientJourney | null> {
    checkPatientId('patientId', patientId);
    return this.records.journey(caller, patientId);
  }
}
