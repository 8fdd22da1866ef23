import type { SpcPoint } from '../spc/series';
import { xmrChart, type XmrChart } from '../spc/xmr';
import { checkDay, checkText, periodOf, type Problem } from './problems';

export const measureRoles = ['outcome', 'process', 'balancing'] as const;
export type MeasureRole = (typeof measureRoles)[number];
export const teamRoles = ['staff', 'coach', 'patient', 'patient-representative', 'relative'] as const;
export type TeamRole = (typeof teamRoles)[number];
export const projectStatuses = ['active', 'completed', 'stopped'] as const;
export type ProjectStatus = (typeof projectStatuses)[number];
export const pdsaActs = ['adopt', 'adapt', 'abandon'] as const;
export type PdsaAct = (typeof pdsaActs)[number];
export const transmissionMeasures = [
  'median-minutes-to-send',
  'median-minutes-to-acknowledge',
  'share-on-target',
] as const;
export type TransmissionStatistic = (typeof transmissionMeasures)[number];

/** The series a measure follows: one the platform computes, or one the team enters. */
export type MeasureSeries =
  | { kind: 'unnecessary-days'; wardCareLinkIds: string[]; receivingOrganisationIds: string[] }
  | {
      kind: 'transmission-time';
      sendingCareLinkId: string;
      receivingCareLinkId: string;
      statistic: TransmissionStatistic;
    }
  | { kind: 'admissions'; diagnosisGroup: string | null }
  | { kind: 'manual'; unit: string };
export type MeasureSeriesKind = MeasureSeries['kind'];
export const measureSeriesKinds: readonly MeasureSeriesKind[] = [
  'unnecessary-days',
  'transmission-time',
  'admissions',
  'manual',
];

/** A measurable aim: the aim's measure reaches the target, and holds it for `sustainedPoints` periods in a row, by the date. */
export interface Aim {
  measureKey: string;
  target: number;
  by: string;
  sustainedPoints: number;
}

export interface TeamMember {
  name: string;
  role: TeamRole;
  /** The care link a member works in; patients and relatives have none. */
  careLinkId: string | null;
}

export interface MeasureDraft {
  key: string;
  name: string;
  role: MeasureRole;
  improvement: 'up' | 'down';
  series: MeasureSeries;
}

export interface ProjectDraft {
  title: string;
  problem: string;
  whoMustCooperate: string;
  aimStatement: string;
  aim: Aim;
  startsOn: string;
  team: TeamMember[];
  measures: MeasureDraft[];
}

const KEY = /^[a-z0-9][a-z0-9-]{0,39}$/;
const MAX_SUSTAINED = 12;
/** Limits need moving ranges, so at least two periods before the start. */
export const MIN_BASELINE_POINTS = 2;

/**
 * Checks a project before it starts. Esther asks "who has to cooperate to make this happen?", so the
 * team spans at least two care links; the aim names an outcome measure of the project.
 */
export function checkProject(draft: ProjectDraft, knownCareLinks: ReadonlySet<string>): Problem[] {
  const problems = [
    ...checkText('title', draft.title, 200),
    ...checkText('problem', draft.problem, 4000),
    ...checkText('whoMustCooperate', draft.whoMustCooperate, 2000),
    ...checkText('aimStatement', draft.aimStatement, 1000),
    ...checkDay('startsOn', draft.startsOn),
    ...checkDay('aim.by', draft.aim.by),
  ];
  if (
    !problems.some((p) => p.field === 'aim.by' || p.field === 'startsOn') &&
    draft.aim.by <= draft.startsOn
  ) {
    problems.push({ field: 'aim.by', message: `must be after startsOn (${draft.startsOn})` });
  }
  if (!Number.isFinite(draft.aim.target)) problems.push({ field: 'aim.target', message: 'must be a number' });
  if (
    !Number.isInteger(draft.aim.sustainedPoints) ||
    draft.aim.sustainedPoints < 1 ||
    draft.aim.sustainedPoints > MAX_SUSTAINED
  ) {
    problems.push({
      field: 'aim.sustainedPoints',
      message: `must be a whole number from 1 to ${MAX_SUSTAINED}`,
    });
  }
  problems.push(...checkTeam(draft.team, knownCareLinks));
  draft.measures.forEach((measure, i) =>
    problems.push(...checkMeasure(measure, `measures[${i}]`, knownCareLinks)),
  );
  const keys = draft.measures.map((m) => m.key);
  keys.forEach((key, i) => {
    if (keys.indexOf(key) !== i)
      problems.push({ field: `measures[${i}].key`, message: `'${key}' is used by another measure` });
  });
  const aimed = draft.measures.find((m) => m.key === draft.aim.measureKey);
  if (!aimed)
    problems.push({ field: 'aim.measureKey', message: `no measure '${draft.aim.measureKey}' in measures` });
  else if (aimed.role !== 'outcome')
    problems.push({
      field: 'aim.measureKey',
      message: `'${aimed.key}' is a ${aimed.role} measure; the aim needs an outcome measure`,
    });
  return problems;
}

function checkTeam(team: TeamMember[], knownCareLinks: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  team.forEach((member, i) => {
    problems.push(...checkText(`team[${i}].name`, member.name, 200));
    if (!teamRoles.includes(member.role))
      problems.push({
        field: `team[${i}].role`,
        message: `unknown role '${member.role}'; known: ${teamRoles.join(', ')}`,
      });
    if (member.careLinkId && !knownCareLinks.has(member.careLinkId)) {
      problems.push({
        field: `team[${i}].careLinkId`,
        message: `no care link '${member.careLinkId}' in the directory`,
      });
    }
    if (!member.careLinkId && (member.role === 'staff' || member.role === 'coach')) {
      problems.push({
        field: `team[${i}].careLinkId`,
        message: `a ${member.role} member names the care link they work in`,
      });
    }
  });
  if (new Set(team.flatMap((m) => (m.careLinkId ? [m.careLinkId] : []))).size < 2) {
    problems.push({
      field: 'team',
      message: 'an Esther project needs people from at least two care links: who has to cooperate?',
    });
  }
  return problems;
}

function checkMeasure(measure: MeasureDraft, at: string, knownCareLinks: ReadonlySet<string>): Problem[] {
  const problems = [...checkText(`${at}.name`, measure.name, 200)];
  if (!KEY.test(measure.key))
    problems.push({
      field: `${at}.key`,
      message: `'${measure.key}' must be 1 to 40 lower-case letters, digits or -`,
    });
  if (!measureRoles.includes(measure.role))
    problems.push({
      field: `${at}.role`,
      message: `unknown role '${measure.role}'; known: ${measureRoles.join(', ')}`,
    });
  if (measure.improvement !== 'up' && measure.improvement !== 'down') {
    problems.push({ field: `${at}.improvement`, message: "must be 'up' or 'down': which way is better" });
  }
  const series = measure.series;
  const link = (field: string, id: string) =>
    knownCareLinks.has(id)
      ? []
      : [{ field: `${at}.series.${field}`, message: `no care link '${id}' in the directory` }];
  if (series.kind === 'unnecessary-days') {
    if (!series.wardCareLinkIds.length && !series.receivingOrganisationIds.length) {
      problems.push({
        field: `${at}.series`,
        message:
          'unnecessary days are measured for wards (wardCareLinkIds) or municipalities (receivingOrganisationIds)',
      });
    }
    series.wardCareLinkIds.forEach((id) => problems.push(...link('wardCareLinkIds', id)));
  }
  if (series.kind === 'transmission-time') {
    problems.push(
      ...link('sendingCareLinkId', series.sendingCareLinkId),
      ...link('receivingCareLinkId', series.receivingCareLinkId),
    );
    if (!transmissionMeasures.includes(series.statistic)) {
      problems.push({
        field: `${at}.series.statistic`,
        message: `unknown statistic '${series.statistic}'; known: ${transmissionMeasures.join(', ')}`,
      });
    }
  }
  if (series.kind === 'manual') problems.push(...checkText(`${at}.series.unit`, series.unit, 100));
  return problems;
}

/** The baseline, fixed when the project starts: the periods before the start period, as they stand then. */
export function baselineBefore(series: readonly SpcPoint[], startPeriod: string): SpcPoint[] {
  return series.filter((p) => p.label < startPeriod);
}

export interface MeasureEvaluation {
  /** Null while the measure has no value at all. */
  chart: XmrChart | null;
  /** Whether the limits come from the fixed baseline (2 or more periods) rather than from every point. */
  baselineFixed: boolean;
  /** The first period since the start that is special-cause improvement against the baseline. */
  firstImprovementSignal: string | null;
}

/**
 * An XmR chart of the baseline followed by the periods since the start, with the mean and limits
 * of the baseline alone, so the change is judged against the process as it was. Measures are
 * counts, durations or shares, none below zero, hence the floored lower limit.
 */
export function evaluateMeasure(
  baseline: readonly SpcPoint[],
  sinceStart: readonly SpcPoint[],
  improvement: 'up' | 'down',
): MeasureEvaluation {
  const points = [...baseline, ...sinceStart];
  if (!points.length) return { chart: null, baselineFixed: false, firstImprovementSignal: null };
  const baselineFixed = baseline.length >= MIN_BASELINE_POINTS;
  const chart = xmrChart(points, {
    improvement,
    floorAtZero: true,
    baselinePoints: baselineFixed ? baseline.length : undefined,
  });
  const since = chart.points.slice(baseline.length);
  return {
    chart,
    baselineFixed,
    firstImprovementSignal: baselineFixed
      ? (since.find((p) => p.specialCause && p.variation === 'improvement')?.label ?? null)
      : null,
  };
}

/** reached by the date, reached after it, not reached with time left, or not reached by the date. */
export type AimStatus = 'reached' | 'reached-late' | 'not-yet' | 'missed';

export interface AimEvaluation {
  status: AimStatus;
  /** The period that completed the first run of `sustainedPoints` periods at or beyond the target. */
  reachedIn: string | null;
}

/** `sinceStart` holds complete periods only, so a half-counted week never reaches a target early. */
export function evaluateAim(
  aim: Aim,
  improvement: 'up' | 'down',
  sinceStart: readonly SpcPoint[],
  today: string,
): AimEvaluation {
  const meets = (value: number) => (improvement === 'down' ? value <= aim.target : value >= aim.target);
  let run = 0;
  for (const point of sinceStart) {
    run = meets(point.value) ? run + 1 : 0;
    if (run >= aim.sustainedPoints)
      return { status: point.label <= aim.by ? 'reached' : 'reached-late', reachedIn: point.label };
  }
  return { status: today > aim.by ? 'missed' : 'not-yet', reachedIn: null };
}

export function mayCelebrate(status: AimStatus): boolean {
  return status === 'reached' || status === 'reached-late';
}

/** Ending a project, done or stopped, records what was learned; an ended project may be taken up again. */
export function statusChangeProblems(
  current: ProjectStatus,
  next: ProjectStatus,
  learning: string | null,
): Problem[] {
  if (!projectStatuses.includes(next))
    return [{ field: 'status', message: `unknown status '${next}'; known: ${projectStatuses.join(', ')}` }];
  if (current === next) return [{ field: 'status', message: `the project is already ${next}` }];
  if (next !== 'active' && !learning?.trim())
    return [{ field: 'learning', message: `say what was learned when a project is ${next}` }];
  return [];
}

export interface PdsaPlan {
  change: string;
  plan: string;
  prediction: string;
  startsOn: string;
}

/** A cycle tests a change, so it says what is predicted before it starts, and starts within the project. */
export function checkPdsaPlan(plan: PdsaPlan, projectStartsOn: string): Problem[] {
  const problems = [
    ...checkText('change', plan.change, 500),
    ...checkText('plan', plan.plan, 4000),
    ...checkText('prediction', plan.prediction, 2000),
    ...checkDay('startsOn', plan.startsOn),
  ];
  if (!problems.length && plan.startsOn < projectStartsOn) {
    problems.push({
      field: 'startsOn',
      message: `must not be before the project starts (${projectStartsOn})`,
    });
  }
  return problems;
}

export interface PdsaOutcome {
  endsOn: string;
  doNote: string;
  study: string;
  act: PdsaAct;
  actNote: string;
}

export function checkPdsaOutcome(outcome: PdsaOutcome, startsOn: string): Problem[] {
  const problems = [
    ...checkDay('endsOn', outcome.endsOn),
    ...checkText('doNote', outcome.doNote, 4000),
    ...checkText('study', outcome.study, 4000),
    ...checkText('actNote', outcome.actNote, 2000),
  ];
  if (!pdsaActs.includes(outcome.act))
    problems.push({ field: 'act', message: `unknown act '${outcome.act}'; known: ${pdsaActs.join(', ')}` });
  if (!problems.some((p) => p.field === 'endsOn') && outcome.endsOn < startsOn) {
    problems.push({ field: 'endsOn', message: `must not be before the cycle starts (${startsOn})` });
  }
  return problems;
}

export interface PdsaCycleDates {
  number: number;
  change: string;
  startsOn: string;
  endsOn: string | null;
}

export interface PdsaAnnotation {
  cycleNumber: number;
  label: string;
  /** The chart period the cycle starts in; null when it starts after the chart ends. */
  startPeriod: string | null;
  /** The period it ended in, or the chart's last period while it runs beyond it; null while it runs on. */
  endPeriod: string | null;
}

/** Where each cycle sits on a chart of periods `periodStarts` that runs to `chartEnd` (inclusive). */
export function annotatePdsaCycles(
  cycles: readonly PdsaCycleDates[],
  periodStarts: readonly string[],
  chartEnd: string,
): PdsaAnnotation[] {
  return [...cycles]
    .sort((a, b) => a.number - b.number)
    .map((cycle) => {
      const onChart = cycle.startsOn <= chartEnd;
      return {
        cycleNumber: cycle.number,
        label: `PDSA ${cycle.number}: ${cycle.change}`,
        startPeriod: onChart ? periodOf(cycle.startsOn, periodStarts) : null,
        endPeriod:
          onChart && cycle.endsOn
            ? periodOf(cycle.endsOn < chartEnd ? cycle.endsOn : chartEnd, periodStarts)
            : null,
      };
    });
}
