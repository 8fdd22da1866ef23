import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller, type Caller } from '../access/caller';
import { PatientRecords } from '../patient-records/patient-records';
import {
  ChartArgs,
  IndicatorArgs,
  NationalIndicator,
  PeriodValue,
  RunChartView,
  XmrChartView,
  UnnecessaryDaysArgs,
  UnnecessaryDaysReport,
  WaitingPatient,
} from './unnecessary-days.model';
import { UnnecessaryDaysService } from './unnecessary-days.service';

@Resolver()
export class UnnecessaryDaysResolver {
  constructor(
    private readonly days: UnnecessaryDaysService,
    private readonly records: PatientRecords,
  ) {}

  @Query(() => UnnecessaryDaysReport, {
    description: 'Unnecessary days in a period, by period, cause, ward and receiving care link.',
  })
  unnecessaryDays(@Args() { filter, granularity }: UnnecessaryDaysArgs, @CurrentCaller() _caller: Caller) {
    return this.days.report(filter, granularity);
  }

  @Query(() => XmrChartView, {
    description: 'XmR chart of the unnecessary-days series, with limits, signals and rebased baselines.',
  })
  unnecessaryDaysXmrChart(@Args() args: ChartArgs, @CurrentCaller() _caller: Caller) {
    return this.days.xmr(args);
  }

  @Query(() => RunChartView, {
    description: 'Run chart of the unnecessary-days series, for series too short for an XmR chart.',
  })
  unnecessaryDaysRunChart(@Args() args: ChartArgs, @CurrentCaller() _caller: Caller) {
    return this.days.run(args);
  }

  @Query(() => [PeriodValue], { description: 'Admissions per period.' })
  admissions(@Args() args: IndicatorArgs, @CurrentCaller() _caller: Caller) {
    return this.days.admissions(args);
  }

  @Query(() => [PeriodValue], { description: 'Hospital days (midnights in hospital) per period.' })
  hospitalDays(@Args() args: IndicatorArgs, @CurrentCaller() _caller: Caller) {
    return this.days.hospitalDays(args);
  }

  @Query(() => [WaitingPatient], {
    description:
      'Medically ready patients still in hospital that the caller’s care link takes part in, longest wait first.',
  })
  async patientsWaiting(@CurrentCaller() caller: Caller): Promise<WaitingPatient[]> {
    return this.days.waiting(await this.records.waitingStays(caller));
  }

  @Query(() => NationalIndicator, {
    description:
      'Swedish national indicator: mean days as medically ready over stays ended in the month with at least one such day.',
  })
  nationalIndicator(
    @Args('month', { description: 'YYYY-MM' }) month: string,
    @CurrentCaller() _caller: Caller,
  ) {
    return this.days.nationalIndicator(month);
  }
}
