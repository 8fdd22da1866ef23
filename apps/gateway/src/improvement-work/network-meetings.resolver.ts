import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller, type Caller } from '../access/caller';
import { RequiresRole } from '../access/requires-role';
import {
  AgendaItemInput,
  AgendaMinuteInput,
  NetworkMeeting,
  NetworkMeetingInput,
  ProposedAgendaItem,
} from './network-meetings.model';
import { NetworkMeetings } from './network-meetings';

@Resolver()
export class NetworkMeetingsResolver {
  constructor(private readonly meetings: NetworkMeetings) {}

  @RequiresRole('improvementWork')
  @Mutation(() => NetworkMeeting, {
    description: 'Plans a local network meeting; without heldOn, six weeks after the area’s latest one.',
  })
  planNetworkMeeting(@Args('input') input: NetworkMeetingInput, @CurrentCaller() caller: Caller) {
    return this.meetings.plan(caller, input);
  }

  @Query(() => [ProposedAgendaItem], {
    description:
      'The agenda drawn from what is open in the area now: complaints oldest first, breakdown reports, running projects.',
  })
  proposedAgenda(@Args('meetingId', { type: () => ID }) meetingId: string, @CurrentCaller() _caller: Caller) {
    return this.meetings.proposedAgenda(meetingId);
  }

  @RequiresRole('improvementWork')
  @Mutation(() => NetworkMeeting, {
    description: 'Puts the proposed items on the agenda, after those already on it.',
  })
  adoptAgenda(@Args('meetingId', { type: () => ID }) meetingId: string, @CurrentCaller() _caller: Caller) {
    return this.meetings.adoptAgenda(meetingId);
  }

  @RequiresRole('improvementWork')
  @Mutation(() => NetworkMeeting)
  addAgendaItem(
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('input') input: AgendaItemInput,
    @CurrentCaller() _caller: Caller,
  ) {
    return this.meetings.addItem(meetingId, input);
  }

  @RequiresRole('improvementWork')
  @Mutation(() => NetworkMeeting, {
    description: 'The decision and owning care link per agenda item, from the meeting day on.',
  })
  recordMinutes(
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('items', { type: () => [AgendaMinuteInput] }) items: AgendaMinuteInput[],
    @CurrentCaller() caller: Caller,
  ) {
    return this.meetings.recordMinutes(caller, meetingId, items);
  }

  @Query(() => [NetworkMeeting], {
    description: 'Meetings held or planned between from and to, optionally of one area.',
  })
  networkMeetings(
    @Args('from') from: string,
    @Args('to') to: string,
    @Args('area', { nullable: true, type: () => String }) area: string | null,
    @CurrentCaller() _caller: Caller,
  ) {
    return this.meetings.list(from, to, area);
  }

  @Query(() => NetworkMeeting)
  networkMeeting(@Args('meetingId', { type: () => ID }) meetingId: string, @CurrentCaller() _caller: Caller) {
    return this.meetings.get(meetingId);
  }
}
