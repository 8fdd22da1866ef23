import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller, type Caller } from '../access/caller';
import { RequiresRole } from '../access/requires-role';
import { Granularity } from '../unnecessary-days/unnecessary-days.model';
import {
  BreakdownTrend,
  CooperationBreakdown,
  CooperationBreakdownInput,
} from './cooperation-breakdowns.model';
import { CooperationBreakdowns } from './cooperation-breakdowns';

@Resolver()
export class CooperationBreakdownsResolver {
  constructor(private readonly breakdowns: CooperationBreakdowns) {}

  @RequiresRole('unitStaff')
  @Mutation(() => CooperationBreakdown, {
    description: 'Reports that cooperation between care links broke down, whether or not harm followed.',
  })
  reportCooperationBreakdown(
    @Args('input') input: CooperationBreakdownInput,
    @CurrentCaller() caller: Caller,
  ) {
    return this.breakdowns.report(caller, input);
  }

  @Query(() => [CooperationBreakdown], {
    description: 'Reports in a period, optionally only those naming one care link.',
  })
  cooperationBreakdowns(
    @Args('from') from: string,
    @Args('to') to: string,
    @Args('careLinkId', { nullable: true, type: () => String }) careLinkId: string | null,
    @CurrentCaller() _caller: Caller,
  ) {
    return this.breakdowns.list(from, to, careLinkId);
  }

  @Query(() => [CooperationBreakdown], {
    description: 'The reports the caller made, with the feedback on them.',
  })
  myCooperationBreakdowns(@CurrentCaller() caller: Caller) {
    return this.breakdowns.mine(caller);
  }

  @Query(() => [BreakdownTrend], {
    description: 'Reports per pair of care links and period, most reported pair first.',
  })
  cooperationBreakdownTrends(
    @Args('from') from: string,
    @Args('to') to: string,
    @Args('granularity', { type: () => Granularity, defaultValue: Granularity.MONTH })
    granularity: Granularity,
    @CurrentCaller() _caller: Caller,
  ) {
    return this.breakdowns.trends(from, to, granularity);
  }

  @RequiresRole('improvementWork')
  @Mutation(() => CooperationBreakdown, {
    description: 'Links a report to the improvement project that takes it up.',
  })
  linkCooperationBreakdown(
    @Args('reportId', { type: () => ID }) reportId: string,
    @Args('projectId', { type: () => ID }) projectId: string,
    @CurrentCaller() _caller: Caller,
  ) {
    return this.breakdowns.linkToProject(reportId, projectId);
  }

  @RequiresRole('improvementWork')
  @Mutation(() => CooperationBreakdown, {
    description: 'Feedback to the reporter on what came of the report.',
  })
  giveCooperationBreakdownFeedback(
    @Args('reportId', { type: () => ID }) reportId: string,
    @Args('feedback') feedback: string,
    @CurrentCaller() caller: Caller,
  ) {
    return this.breakdowns.giveFeedback(caller, reportId, feedback);
  }
}
