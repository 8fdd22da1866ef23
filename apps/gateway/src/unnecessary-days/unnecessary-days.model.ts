import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum CountingRuleName {
  EVERY_READY_MIDNIGHT = 'every-ready-midnight',
  FINAL_READY_PERIOD = 'final-ready-period',
  MUNICIPAL_LIABILITY = 'municipal-liability',
}
registerEnumType(CountingRuleName, {
  name: 'CountingRule',
  description: 'How unnecessary days are counted, as agreed between region and municipalities.',
  valuesMap: {
    EVERY_READY_MIDNIGHT: {
      description: 'Every midnight in hospital while medically ready, in every ready period (default).',
    },
    FINAL_READY_PERIOD: {
      description: 'Only the final ready period of a stay, as the discharge-ready-date metric does.',
    },
    MUNICIPAL_LIABILITY: {
      description:
        'Days the municipality pays for under the region’s planning rules: after the grace period following a ready notice sent on time, when the admission notice was on time too.',
    },
  },
});

export enum Granularity {
  DAY = 'day',
  WEEK = 'week',
  MONTH = 'month',
  YEAR = 'year',
}
registerEnumType(Granularity, { name: 'Granularity' });

@InputType({ description: 'Which unnecessary days to count.' })
export class UnnecessaryDaysFilter {
  @Field({ description: 'First day, YYYY-MM-DD, in the organisation’s time zone.' }) from!: string;
  @Field({ description: 'Last day, YYYY-MM-DD, inclusive.' }) to!: string;
  @Field(() => CountingRuleName, { defaultValue: CountingRuleName.EVERY_READY_MIDNIGHT })
  rule!: CountingRuleName;
  @Field(() => [String], { nullable: true, description: 'Only days spent on these wards.' })
  wardCareLinkIds?: string[];
  @Field(() => [String], {
    nullable: true,
    description: 'Only stays going to these municipal or primary care links.',
  })
  receivingCareLinkIds?: string[];
  @Field(() => [String], { nullable: true, description: 'Only days with these causes.' }) causes?: string[];
  @Field(() => [String], {
    nullable: true,
    description: 'Only days spent on wards of these hospitals (care-link directory).',
  })
  hospitals?: string[];
  @Field(() => [String], {
    nullable: true,
    description: 'Only stays going to care links of these municipalities or other organisations.',
  })
  receivingOrganisationIds?: string[];
}

@ArgsType()
export class UnnecessaryDaysArgs {
  @Field(() => UnnecessaryDaysFilter) filter!: UnnecessaryDaysFilter;
  @Field(() => Granularity, { defaultValue: Granularity.MONTH }) granularity!: Granularity;
}

@ObjectType()
export class PeriodValue {
  @Field({ description: 'First day of the period, YYYY-MM-DD.' }) period!: string;
  @Field(() => Int) value!: number;
}

@ObjectType()
export class KeyValue {
  @Field() key!: string;
  @Field(() => Int) value!: number;
}

@ObjectType({
  description: 'Unnecessary days over a period, with breakdowns. Aggregates only: no patient appears.',
})
export class UnnecessaryDaysReport {
  @Field(() => CountingRuleName) rule!: CountingRuleName;
  @Field(() => Int) total!: number;
  @Field(() => [PeriodValue]) series!: PeriodValue[];
  @Field(() => [KeyValue]) byCause!: KeyValue[];
  @Field(() => [KeyValue]) byWard!: KeyValue[];
  @Field(() => [KeyValue]) byReceivingCareLink!: KeyValue[];
  @Field(() => [KeyValue], {
    description: "By the ward's hospital; wards missing from the directory appear as unregistered:<id>.",
  })
  byHospital!: KeyValue[];
  @Field(() => [KeyValue], {
    description: 'By the organisation (municipality, region) of the receiving care link.',
  })
  byReceivingOrganisation!: KeyValue[];
}

@ObjectType({ description: 'A medically ready patient still in hospital: someone can act today.' })
export class WaitingPatient {
  @Field(() => ID) patientId!: string;
  @Field(() => ID) stayId!: string;
  @Field() wardCareLinkId!: string;
  @Field(() => String, { nullable: true }) receivingCareLinkId!: string | null;
  @Field() readySince!: Date;
  @Field(() => Int, { description: 'Unnecessary days so far under the default rule.' }) daysSoFar!: number;
  @Field() cause!: string;
}

@ObjectType()
export class NationalIndicator {
  @Field() month!: string;
  @Field(() => Int, {
    description: 'Stays that ended in the month with at least one day as medically ready.',
  })
  stays!: number;
  @Field(() => Int) totalDays!: number;
  @Field(() => Float) meanDays!: number;
}

export enum ImprovementDirection {
  UP = 'up',
  DOWN = 'down',
}
registerEnumType(ImprovementDirection, {
  name: 'ImprovementDirection',
  description: 'Which way is better for the measure.',
});

export enum Variation {
  IMPROVEMENT = 'improvement',
  CONCERN = 'concern',
  NEITHER = 'neither',
}
registerEnumType(Variation, { name: 'Variation' });

@ArgsType()
export class ChartArgs extends UnnecessaryDaysArgs {
  @Field(() => [String], {
    nullable: true,
    description: 'Periods (YYYY-MM-DD) from which limits are recalculated, e.g. a project’s start.',
  })
  rebaseAt?: string[];
  @Field(() => Int, {
    nullable: true,
    description: 'Limits from each segment’s first N points (a fixed baseline); default all.',
  })
  baselinePoints?: number;
  @Field(() => ImprovementDirection, { defaultValue: ImprovementDirection.DOWN })
  improvement!: ImprovementDirection;
}

@ObjectType({ description: 'A stretch of the chart judged against one baseline.' })
export class ChartSegment {
  @Field() firstPeriod!: string;
  @Field(() => Int) baselinePoints!: number;
  @Field(() => Float) mean!: number;
  @Field(() => Float, { nullable: true }) movingRangeMean!: number | null;
  @Field(() => Float, { nullable: true }) upperLimit!: number | null;
  @Field(() => Float, { nullable: true }) lowerLimit!: number | null;
}

@ObjectType()
export class ChartPoint {
  @Field() period!: string;
  @Field(() => Float) value!: number;
  @Field(() => Int) segment!: number;
  @Field(() => Float, { nullable: true }) movingRange!: number | null;
  @Field() outsideLimits!: boolean;
  @Field({ description: '7 or more points in a row on one side of the mean.' }) shift!: boolean;
  @Field({ description: '7 or more points in a row each rising or each falling.' }) trend!: boolean;
  @Field({ description: '2 of 3 points beyond two thirds of the way to a limit.' })
  twoOfThreeNearLimit!: boolean;
  @Field() specialCause!: boolean;
  @Field(() => Variation) variation!: Variation;
}

@ObjectType({ description: 'XmR chart (statistical process control) as NHS Making Data Count reads it.' })
export class XmrChartView {
  @Field(() => [ChartSegment]) segments!: ChartSegment[];
  @Field(() => [ChartPoint], { description: 'Periods the platform holds data for; never one without.' })
  points!: ChartPoint[];
  @Field(() => [String], {
    description: 'Periods no stay was in hospital at all: no data, a gap in the chart, not a zero.',
  })
  periodsWithoutData!: string[];
}

@ObjectType()
export class RunChartPointView {
  @Field() period!: string;
  @Field(() => Float) value!: number;
  @Field() shift!: boolean;
  @Field() trend!: boolean;
}

@ObjectType({
  description: 'Run chart for short series: median and the run rules of Perla, Provost and Murray.',
})
export class RunChartView {
  @Field(() => Float) median!: number;
  @Field(() => Int) runs!: number;
  @Field(() => Int) usefulObservations!: number;
  @Field(() => Int, { nullable: true }) fewestExpectedRuns!: number | null;
  @Field(() => Int, { nullable: true }) mostExpectedRuns!: number | null;
  @Field() tooFewRuns!: boolean;
  @Field() tooManyRuns!: boolean;
  @Field(() => [RunChartPointView]) points!: RunChartPointView[];
  @Field(() => [String], {
    description: 'Periods no stay was in hospital at all: no data, a gap in the chart, not a zero.',
  })
  periodsWithoutData!: string[];
}

@ArgsType()
export class IndicatorArgs {
  @Field({ description: 'First day, YYYY-MM-DD.' }) from!: string;
  @Field({ description: 'Last day, YYYY-MM-DD, inclusive.' }) to!: string;
  @Field(() => Granularity, { defaultValue: Granularity.YEAR }) granularity!: Granularity;
  @Field(() => String, {
    nullable: true,
    description: 'Only stays of this diagnosis group, e.g. heart-failure.',
  })
  diagnosisGroup?: string;
}
