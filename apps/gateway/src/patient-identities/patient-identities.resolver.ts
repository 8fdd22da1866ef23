import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller, type Caller } from '../access/caller';
import { checkPatientId } from '../client-errors';
import { PatientIdentityRecords } from '../patient-records/patient-identity-records';
import { PatientIdentity } from './patient-identity.model';

@Resolver(() => PatientIdentity)
export class PatientIdentitiesResolver {
  constructor(private readonly identities: PatientIdentityRecords) {}

  @Query(() => PatientIdentity, {
    nullable: true,
    description:
      "The patient's name and personal identity number, for staff whose care link cares for the patient; null when no record system has told them.",
  })
  patientIdentity(
    @Args('patientId', { type: () => ID }) patientId: string,
    @CurrentCaller() caller: Caller,
  ): Promise<PatientIdentity | null> {
    checkPatientId('patientId', patientId);
    return this.identities.identity(caller, patientId);
  }

  @Query(() => [PatientIdentity], {
    description:
      "The names and personal identity numbers of a page's patients in one request (at most 500): those the caller's care link cares for and some record system has told about; the others are left out.",
  })
  patientIdentities(
    @Args('patientIds', { type: () => [ID] }) patientIds: string[],
    @CurrentCaller() caller: Caller,
  ): Promise<PatientIdentity[]> {
    patientIds.forEach((patientId, i) => checkPatientId(`patientIds[${i}]`, patientId));
    return this.identities.identities(caller, patientIds);
  }

  @Query(() => [PatientIdentity], {
    description:
      'Patients the caller’s care link cares for whose names begin with every word of the query, or whose personal identity number it is (with or without century and hyphen). At most 50.',
  })
  findPatients(@Args('query') query: string, @CurrentCaller() caller: Caller): Promise<PatientIdentity[]> {
    return this.identities.find(caller, query);
  }
}
