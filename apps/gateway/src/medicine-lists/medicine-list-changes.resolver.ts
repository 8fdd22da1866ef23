import { Args, GraphQLISODateTime, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller, type Caller } from '../access/caller';
import { StaffCommands } from '../care-commands/staff-commands';
import { checkPatientId } from '../client-errors';
import { PatientRecords } from '../patient-records/patient-records';
import { RecordAccess } from '../patient-records/record-access';
import {
  ChangeMedicineListInput,
  MedicineList,
  MedicineListChanged,
  MedicineListChangeRecord,
  MedicineReconciliation,
} from './medicine-list.model';
import { withoutNulls } from './without-nulls';

/** The list's history, reconciliation between two moments, and changes made by staff against a known version. */
@Resolver()
export class MedicineListChangesResolver {
  constructor(
    private readonly access: RecordAccess,
    private readonly records: PatientRecords,
    private readonly commands: StaffCommands,
  ) {}

  @Query(() => MedicineList, {
    nullable: true,
    description: 'The medicine list as it stood at a past moment; null when nothing was listed by then.',
  })
  medicineListAt(
    @Args('patientId', { type: () => ID }) patientId: string,
    @Args('at', { type: () => GraphQLISODateTime }) at: Date,
    @CurrentCaller() caller: Caller,
  ): Promise<MedicineList | null> {
    checkPatientId('patientId', patientId);
    return this.records.medicineListAt(caller, patientId, at);
  }

  @Query(() => [MedicineListChangeRecord], {
    description: 'Changes made to the list from one moment up to another, oldest first.',
  })
  medicineListChanges(
    @Args('patientId', { type: () => ID }) patientId: string,
    @Args('from', { type: () => GraphQLISODateTime }) from: Date,
    @Args('to', { type: () => GraphQLISODateTime }) to: Date,
    @CurrentCaller() caller: Caller,
  ): Promise<MedicineListChangeRecord[]> {
    checkPatientId('patientId', patientId);
    return this.records.medicineListChanges(caller, patientId, from, to);
  }

  @Query(() => MedicineReconciliation, {
    description:
      "What changed between the list at `from` (by default the latest stay's admission) and at `to` (by default now).",
  })
  medicineReconciliation(
    @Args('patientId', { type: () => ID }) patientId: string,
    @Args('from', { type: () => GraphQLISODateTime, nullable: true }) from: Date | null,
    @Args('to', { type: () => GraphQLISODateTime, nullable: true }) to: Date | null,
    @CurrentCaller() caller: Caller,
  ): Promise<MedicineReconciliation> {
    checkPatientId('patientId', patientId);
    return this.records.medicineReconciliation(caller, patientId, from, to);
  }

  @Mutation(() => MedicineListChanged, {
    description:
      'Changes the shared medicine list. Refused with a CONFLICT naming input.listVersion when the list changed since, so no change is overwritten unseen.',
  })
  async changeMedicineList(
    @Args('input') input: ChangeMedicineListInput,
    @CurrentCaller() caller: Caller,
  ): Promise<MedicineListChanged> {
    await this.access.requireForCommand(caller, 'medicineList.change', input, 'change medicineList');
    return this.commands.changeMedicineList(caller, {
      patientId: input.patientId,
      listVersion: input.listVersion,
      requestId: input.requestId,
      changes: input.changes.map((c) => ({
        action: c.action,
        ...withoutNulls({ dose: c.dose, route: c.route, frequency: c.frequency, reason: c.reason }),
        medication: withoutNulls({ text: c.medication.text, coding: c.medication.coding?.map(withoutNulls) }),
        changedBy: caller.actorId,
      })),
    });
  }
}
