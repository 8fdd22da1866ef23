import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { ConsentBasis } from '@carechain/domain';
import { CurrentCaller, type Caller } from '../access/caller';
import { StaffCommands } from '../care-commands/staff-commands';
import { DischargePlanningRecords } from '../patient-records/discharge-planning-records';
import { RecordAccess } from '../patient-records/record-access';
import {
  CallPlanningMeetingInput,
  ConsentRecord,
  DischargePlanningStay,
  PlanningMeetingCall,
  RecordConsentInput,
} from './discharge-planning.model';

/**
 * Discharge planning for the ward and the municipality: the stays the caller's link sends notices
 * for or receives them about, the planning-meeting call, and the patient's consent.
 */
@Resolver()
export class DischargePlanningResolver {
  constructor(
    private readonly access: RecordAccess,
    private readonly records: DischargePlanningRecords,
    private readonly commands: StaffCommands,
  ) {}

  @Query(() => [DischargePlanningStay], {
    description:
      "Stays in discharge planning with the caller's care link: the notices it owes (a ward) or is owed (a municipality or primary care unit), their deadlines, and the planning meetings.",
  })
  dischargePlanning(@CurrentCaller() caller: Caller): Promise<DischargePlanningStay[]> {
    return this.records.forCareLink(caller);
  }

  @Mutation(() => PlanningMeetingCall, {
    description:
      'Calls the planning meeting (SIP meeting) for a medically ready patient; each invited home link is sent the call.',
  })
  async callPlanningMeeting(
    @Args('input') input: CallPlanningMeetingInput,
    @CurrentCaller() caller: Caller,
  ): Promise<PlanningMeetingCall> {
    await this.access.requireForCommand(caller, 'dischargePlanning.record', input, 'call planningMeeting');
    const outcome = await this.commands.callPlanningMeeting(caller, {
      ...input,
      mode: input.mode as 'in-person' | 'video',
    });
    return { eventId: outcome.eventId, meetingId: outcome.meetingId, recordedAt: outcome.recordedAt };
  }

  @Mutation(() => ConsentRecord, {
    description:
      "Records the patient's consent to sharing with the municipality and primary care, its withdrawal, or the exception the law allows sharing under.",
  })
  async recordConsent(
    @Args('input') input: RecordConsentInput,
    @CurrentCaller() caller: Caller,
  ): Promise<ConsentRecord> {
    await this.access.requireForCommand(caller, 'dischargePlanning.record', input, 'record consent');
    const outcome = await this.commands.recordConsent(caller, {
      ...input,
      basis: input.basis as ConsentBasis,
    });
    return { eventId: outcome.eventId, basis: input.basis, recordedAt: outcome.recordedAt };
  }
}
