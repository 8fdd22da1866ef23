import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentCaller, type Caller } from '../access/caller';
import { StaffCommands } from '../care-commands/staff-commands';
import { RecordAccess } from '../patient-records/record-access';
import { MarkMedicallyReadyInput, MedicalReadiness, WithdrawMedicallyReadyInput } from './readiness.model';

/**
 * Ward staff declare a patient medically ready, or withdraw it when she deteriorates; decided in the
 * domain against the stay's latest declaration, one command per patient at a time, so two nurses
 * acting at once cannot both mark her ready: the second is told she is ready already.
 */
@Resolver()
export class ReadinessResolver {
  constructor(
    private readonly access: RecordAccess,
    private readonly commands: StaffCommands,
  ) {}

  @Mutation(() => MedicalReadiness, {
    description:
      'Declares the patient medically ready for discharge. Refused with a CONFLICT when she is ready already.',
  })
  async markMedicallyReady(
    @Args('input') input: MarkMedicallyReadyInput,
    @CurrentCaller() caller: Caller,
  ): Promise<MedicalReadiness> {
    await this.access.requireForCommand(caller, 'readiness.declare', input, 'mark medicallyReady');
    const readyAt = input.readyAt ?? new Date();
    const outcome = await this.commands.markMedicallyReady(caller, { ...input, readyAt });
    return {
      eventId: outcome.eventId,
      stayId: input.stayId,
      ready: true,
      readyAt,
      expectedDestinationCareLinkId: input.expectedDestinationCareLinkId || null,
      reason: null,
      recordedAt: outcome.recordedAt,
      recordedByCareLinkId: caller.careLinkId,
    };
  }

  @Mutation(() => MedicalReadiness, {
    description:
      'Withdraws the medically-ready declaration (the patient deteriorated, or it was made by mistake). Refused with a CONFLICT when she is not ready.',
  })
  async withdrawMedicallyReady(
    @Args('input') input: WithdrawMedicallyReadyInput,
    @CurrentCaller() caller: Caller,
  ): Promise<MedicalReadiness> {
    await this.access.requireForCommand(caller, 'readiness.declare', input, 'withdraw medicallyReady');
    const outcome = await this.commands.withdrawMedicallyReady(caller, input);
    return {
      eventId: outcome.eventId,
      stayId: input.stayId,
      ready: false,
      readyAt: null,
      expectedDestinationCareLinkId: null,
      reason: input.reason,
      recordedAt: outcome.recordedAt,
      recordedByCareLinkId: caller.careLinkId,
    };
  }
}
