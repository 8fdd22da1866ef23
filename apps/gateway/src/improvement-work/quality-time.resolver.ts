import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller, type Caller } from '../access/caller';
import { RequiresRole } from '../access/requires-role';
import { Granularity } from '../unnecessary-days/unnecessary-days.model';
import {
  QualityTimeUptake,
  QualityTimeWeek,
  QualityTimeWeekInput,
  UptakeGrouping,
} from './quality-time.model';
import { QualityTime } from './quality-time';

@Resolver()
export class QualityTimeResolver {
  constructor(private readonly qualityTime: QualityTime) {}

  @RequiresRole('unitStaff')
  @Mutation(() => QualityTimeWeek, {
    description: 'Records the Quality Time sessions a unit offered and those used in a week.',
  })
  recordQualityTimeWeek(@Args('input') input: QualityTimeWeekInput, @CurrentCaller() caller: Caller) {
    return this.qualityTime.record(caller, input);
  }

  @Query(() => [QualityTimeUptake], {
    description: 'Quality Time uptake per unit, organisation or network, and period.',
  })
  qualityTimeUptake(
    @Args('from') from: string,
    @Args('to') to: string,
    @Args('granularity', { type: () => Granularity, defaultValue: Granularity.MONTH })
    granularity: Granularity,
    @Args('by', { type: () => UptakeGrouping, defaultValue: UptakeGrouping.UNIT }) by: UptakeGrouping,
    @CurrentCaller() _caller: Caller,
  ) {
    return this.qualityTime.uptake(from, to, granularity, by);
  }
}
