import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  ChartPoint,
  ChartSegment,
  Granularity,
  ImprovementDirection,
} from '../unnecessary-days/unnecessary-days.model';

export enum MeasureSeriesKind {
  UNNECESSARY_DAYS = 'unnecessary-days',
  TRANSMISSION_TIME = 'transmission-time',
  ADMISSIONS = 'admissions',
  MANUAL = 'manual',
}
registerEnumType(MeasureSeriesKind, {
  name: 'MeasureSeriesKind',
  description: 'The series a measure follows: computed by the platform, or entered by the team (MANUAL).',
});

@ObjectType({
  description: 'An improvement idea; anyone records one, coaches adopt it as a project or park it.',
})
export class ImprovementIdea {
  @Field(() => ID) ideaId!: string;
  @Field() title!: string;
  @Field() description!: string;
  @Field({ description: 'staff, coach, patient-representative, patient or relative' }) submitterKind!: string;
  @Field() submittedBy!: string;
  @Field() submittedFromLink!: string;
  @Field() submittedAt!: Date;
  @Field({ description: 'new, adopted or parked' }) status!: string;
  @Field(() => String, { nullable: true }) parkedReason!: string | null;
  @Field(() => ID, { nullable: true }) projectId!: string | null;
}

@InputType()
export class ImprovementIdeaInput {
  @Field() title!: string;
  @Field() description!: string;
  @Field({ description: 'staff, coach, patient-representative, patient or relative' }) submitterKind!: string;
}

@InputType()
export class AimInput {
  @Field({ description: 'Key of the outcome measure the aim is about.' }) measureKey!: string;
  @Field(() => Float) target!: number;
  @Field({ description: 'YYYY-MM-DD: the date the target is to be reached by.' }) by!: string;
  @Field(() => Int, {
    defaultValue: 3,
    description: 'Periods in a row at or beyond the target that count as reaching it.',
  })
  sustainedPoints!: number;
}

@InputType()
export class TeamMemberInput {
  @Field() name!: string;
  @Field({ description: 'staff, coach, patient, patient-representative or relative' }) role!: string;
  @Field(() => String, { nullable: true, description: 'The care link a staff member or coach works in.' })
  careLinkId?: string | null;
}

@InputType()
export class PeriodValueInput {
  @Field({ description: 'First day of the period, YYYY-MM-DD.' }) period!: string;
  @Field(() => Float) value!: number;
}

@InputType({ description: 'Which series a measure is bound to; the fields its kind needs.' })
export class MeasureSeriesInput {
  @Field(() => MeasureSeriesKind) kind!: MeasureSeriesKind;
  @Field(() => [String], { nullable: true, description: 'UNNECESSARY_DAYS: days on these wards.' })
  wardCareLinkIds?: string[] | null;
  @Field(() => [String], {
    nullable: true,
    description: 'UNNECESSARY_DAYS: stays going to these municipalities.',
  })
  receivingOrganisationIds?: string[] | null;
  @Field(() => String, { nullable: true, description: 'TRANSMISSION_TIME: the sending link of the pair.' })
  sendingCareLinkId?: string | null;
  @Field(() => String, { nullable: true, description: 'TRANSMISSION_TIME: the receiving link of the pair.' })
  receivingCareLinkId?: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'TRANSMISSION_TIME: median-minutes-to-send (default), median-minutes-to-acknowledge or share-on-target.',
  })
  statistic?: string | null;
  @Field(() => String, { nullable: true, description: 'ADMISSIONS: only this diagnosis group.' })
  diagnosisGroup?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'MANUAL: what is counted, e.g. "planning meetings held".',
  })
  unit?: string | null;
  @Field(() => [PeriodValueInput], {
    nullable: true,
    description: 'MANUAL: the values of periods before the start: the baseline.',
  })
  baseline?: PeriodValueInput[] | null;
}

@InputType()
export class MeasureInput {
  @Field({ description: 'Short key, unique in the project, e.g. ward-days.' }) key!: string;
  @Field() name!: string;
  @Field({ description: 'outcome, process or balancing' }) role!: string;
  @Field(() => ImprovementDirection) improvement!: ImprovementDirection;
  @Field(() => MeasureSeriesInput) series!: MeasureSeriesInput;
}

@InputType()
export class ImprovementProjectInput {
  @Field(() => ID, { nullable: true, description: 'The idea this project adopts.' }) ideaId?: string | null;
  @Field() title!: string;
  @Field({ description: "The problem in Esther's terms: what's best for Esther?" }) problem!: string;
  @Field({ description: 'Who has to cooperate to make this happen?' }) whoMustCooperate!: string;
  @Field() aimStatement!: string;
  @Field(() => AimInput) aim!: AimInput;
  @Field({ description: 'YYYY-MM-DD; the baseline is the periods before the one holding this day.' })
  startsOn!: string;
  @Field(() => Granularity, { defaultValue: Granularity.MONTH, description: 'WEEK or MONTH.' })
  granularity!: Granularity;
  @Field(() => Int, {
    defaultValue: 12,
    description: 'How many periods before the start make the baseline of computed series.',
  })
  baselinePeriods!: number;
  @Field(() => [TeamMemberInput]) team!: TeamMemberInput[];
  @Field(() => [MeasureInput]) measures!: MeasureInput[];
}

@InputType()
export class PdsaPlanInput {
  @Field({ description: 'The change being tested.' }) change!: string;
  @Field() plan!: string;
  @Field() prediction!: string;
  @Field({ description: 'YYYY-MM-DD' }) startsOn!: string;
}

@InputType()
export class PdsaOutcomeInput {
  @Field({ description: 'YYYY-MM-DD' }) endsOn!: string;
  @Field({ description: 'What was done, and what was observed.' }) doNote!: string;
  @Field({ description: 'What the data showed against the prediction.' }) study!: string;
  @Field({ description: 'adopt, adapt or abandon' }) act!: string;
  @Field() actNote!: string;
}

@ObjectType()
export class Aim {
  @Field() measureKey!: string;
  @Field(() => Float) target!: number;
  @Field() by!: string;
  @Field(() => Int) sustainedPoints!: number;
}

@ObjectType()
export class TeamMember {
  @Field() name!: string;
  @Field() role!: string;
  @Field(() => String, { nullable: true }) careLinkId!: string | null;
}

@ObjectType()
export class LearningEntry {
  @Field() at!: Date;
  @Field() by!: string;
  @Field() text!: string;
}

@ObjectType()
export class Celebration {
  @Field() at!: Date;
  @Field() by!: string;
  @Field(() => String, { nullable: true }) note!: string | null;
}

@ObjectType({ description: 'A Plan-Do-Study-Act cycle.' })
export class PdsaCycle {
  @Field(() => ID) cycleId!: string;
  @Field(() => Int) number!: number;
  @Field() change!: string;
  @Field() plan!: string;
  @Field() prediction!: string;
  @Field() startsOn!: string;
  @Field(() => String, { nullable: true }) endsOn!: string | null;
  @Field(() => String, { nullable: true }) doNote!: string | null;
  @Field(() => String, { nullable: true }) study!: string | null;
  @Field(() => String, { nullable: true }) act!: string | null;
  @Field(() => String, { nullable: true }) actNote!: string | null;
}

@ObjectType({ description: 'Where a PDSA cycle sits on a measure chart.' })
export class PdsaAnnotation {
  @Field(() => Int) cycleNumber!: number;
  @Field() label!: string;
  @Field(() => String, { nullable: true }) startPeriod!: string | null;
  @Field(() => String, { nullable: true }) endPeriod!: string | null;
}

@ObjectType({
  description:
    "A measure's XmR chart: the fixed baseline, then every period since the start, with the PDSA cycles.",
})
export class MeasureChart {
  @Field({
    description:
      'Limits come from the baseline fixed at the start (2 or more periods), not from the later points.',
  })
  baselineFixed!: boolean;
  @Field(() => Int) baselinePoints!: number;
  @Field(() => String, {
    nullable: true,
    description: 'First period since the start with special-cause improvement.',
  })
  firstImprovementSignal!: string | null;
  @Field(() => [ChartSegment]) segments!: ChartSegment[];
  @Field(() => [ChartPoint]) points!: ChartPoint[];
  @Field(() => [PdsaAnnotation]) annotations!: PdsaAnnotation[];
}

@ObjectType()
export class MeasureSeriesBinding {
  @Field(() => MeasureSeriesKind) kind!: MeasureSeriesKind;
  @Field(() => [String]) wardCareLinkIds!: string[];
  @Field(() => [String]) receivingOrganisationIds!: string[];
  @Field(() => String, { nullable: true }) sendingCareLinkId!: string | null;
  @Field(() => String, { nullable: true }) receivingCareLinkId!: string | null;
  @Field(() => String, { nullable: true }) statistic!: string | null;
  @Field(() => String, { nullable: true }) diagnosisGroup!: string | null;
  @Field(() => String, { nullable: true }) unit!: string | null;
}

@ObjectType()
export class ImprovementMeasure {
  @Field(() => ID) measureId!: string;
  @Field(() => ID) projectId!: string;
  @Field() key!: string;
  @Field() name!: string;
  @Field() role!: string;
  @Field(() => ImprovementDirection) improvement!: ImprovementDirection;
  @Field(() => MeasureSeriesBinding) series!: MeasureSeriesBinding;
}

@ObjectType()
export class AimEvaluation {
  @Field({ description: 'reached, reached-late, not-yet or missed' }) status!: string;
  @Field(() => String, {
    nullable: true,
    description: 'The period that completed the sustained run at the target.',
  })
  reachedIn!: string | null;
}

@ObjectType({ description: 'An improvement project. Aggregates only: no patient appears.' })
export class ImprovementProject {
  @Field(() => ID) projectId!: string;
  @Field() title!: string;
  @Field() problem!: string;
  @Field() whoMustCooperate!: string;
  @Field() aimStatement!: string;
  @Field(() => Aim) aim!: Aim;
  @Field() startsOn!: string;
  @Field(() => Granularity) granularity!: Granularity;
  @Field(() => [TeamMember]) team!: TeamMember[];
  @Field({ description: 'active, completed or stopped' }) status!: string;
  @Field(() => [LearningEntry]) learning!: LearningEntry[];
  @Field(() => Celebration, { nullable: true }) celebration!: Celebration | null;
  @Field(() => [ImprovementMeasure]) measures!: ImprovementMeasure[];
  @Field(() => [PdsaCycle]) cycles!: PdsaCycle[];
}
