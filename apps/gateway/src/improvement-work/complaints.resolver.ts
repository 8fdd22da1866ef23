import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentCaller, type Caller } from '../access/caller';
import { RequiresRole } from '../access/requires-role';
import { PatientRecords } from '../patient-records/patient-records';
import { Complaint, ComplaintFeedbackInput, ComplaintInput } from './complaints.model';
import { Complaints } from './complaints';

@Resolver(() => Complaint)
export class ComplaintsResolver {
  constructor(
    private readonly register: Complaints,
    private readonly records: PatientRecords,
  ) {}

  @RequiresRole('complaintsLine')
  @Mutation(() => Complaint, {
    description: 'The complaints line records a complaint with the care links involved.',
  })
  recordComplaint(@Args('input') input: ComplaintInput, @CurrentCaller() caller: Caller) {
    return this.register.record(caller, input);
  }

  @Query(() => [Complaint], {
    description:
      'Complaints as the complaints line works them: without `open`, all of them, the open ones first ' +
      '(newest received first), then the closed ones (most recently closed first). `open: true` gives ' +
      'only the open ones, `open: false` only the closed ones.',
  })
  complaints(
    @CurrentCaller() _caller: Caller,
    @Args('open', {
      nullable: true,
      type: () => Boolean,
      description: 'Only open (true) or only closed (false) complaints; all when left out.',
    })
    open?: boolean | null,
  ) {
    return this.register.list(open ?? null);
  }

  @Query(() => [Complaint], {
    description: "Open complaints involving the caller's care link, for it to answer.",
  })
  complaintsToAnswer(@CurrentCaller() caller: Caller) {
    return this.register.list(true, caller.careLinkId);
  }

  @Query(() => Complaint)
  complaint(@Args('complaintId', { type: () => ID }) complaintId: string, @CurrentCaller() _caller: Caller) {
    return this.register.get(complaintId);
  }

  @ResolveField(() => ID, {
    nullable: true,
    description:
      "The patient's pseudonymous id; only for a care link with a care relationship with them, and audited.",
  })
  patientId(@Parent() complaint: Complaint, @CurrentCaller() caller: Caller) {
    return complaint.concernsPatient ? this.records.complaintPatient(caller, complaint.complaintId) : null;
  }

  @RequiresRole('unitStaff')
  @Mutation(() => Complaint, {
    description:
      "The caller's care link answers a complaint it is involved in; answering again replaces its answer.",
  })
  answerComplaint(
    @Args('complaintId', { type: () => ID }) complaintId: string,
    @Args('answer') answer: string,
    @CurrentCaller() caller: Caller,
  ) {
    return this.register.answer(caller, complaintId, answer);
  }

  @RequiresRole('complaintsLine')
  @Mutation(() => Complaint, {
    description: 'Records the feedback given to the complainant, and their response.',
  })
  giveComplaintFeedback(
    @Args('complaintId', { type: () => ID }) complaintId: string,
    @Args('input') input: ComplaintFeedbackInput,
    @CurrentCaller() caller: Caller,
  ) {
    return this.register.giveFeedback(caller, complaintId, input);
  }

  @RequiresRole('improvementWork')
  @Mutation(() => Complaint, {
    description: 'Links a complaint to the improvement project or meeting it led to.',
  })
  linkComplaint(
    @Args('complaintId', { type: () => ID }) complaintId: string,
    @Args('projectId', { nullable: true, type: () => ID }) projectId: string | null,
    @Args('improvementMeeting', { nullable: true, type: () => String }) improvementMeeting: string | null,
    @CurrentCaller() _caller: Caller,
  ) {
    return this.register.link(complaintId, projectId, improvementMeeting);
  }

  @RequiresRole('complaintsLine')
  @Mutation(() => Complaint, {
    description:
      'Closes a complaint: only once every involved link answered and the complainant had feedback.',
  })
  closeComplaint(
    @Args('complaintId', { type: () => ID }) complaintId: string,
    @CurrentCaller() caller: Caller,
  ) {
    return this.register.close(caller, complaintId);
  }
}
