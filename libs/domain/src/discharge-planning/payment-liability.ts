import { addDays, localDate, localMidnightsBetween } from '../unnecessary-days/local-days';
import { tracedReadyPeriods, type NoticeFact, type StayFacts } from '../unnecessary-days/ready-periods';
import { admissionNoticeDeadline, readyNoticeDeadline, sentOnTime } from './deadlines';
import type { LiabilityModel, RegionalPlanningRules } from './regional-planning-rules';

/** A day the municipality pays for, with the care events that make it payable. */
export interface ChargedDay {
  /** The local date whose midnight the ready patient spent in hospital. */
  date: string;
  admissionEventId: string;
  admissionNoticeEventId: string;
  /** The readiness declaration (its last correction) that started the ready period. */
  readinessEventId: string;
  readyNoticeEventId: string;
}

/** The whole days after a ready notice's local date before the municipality is liable. */
export function liabilityGraceDays(model: LiabilityModel): number {
  const days = model.kind === 'grace-days' ? model.graceDays : model.averageDays;
  if (model.kind === 'grace-days' ? !Number.isInteger(days) || days < 0 : !(days >= 0)) {
    throw new RangeError(`${model.kind} must be a number of days, 0 or more; got ${days}`);
  }
  return Math.ceil(days);
}

const earliest = (notices: NoticeFact[]) =>
  notices.reduce<NoticeFact | null>((first, n) => (!first || n.sentAt < first.sentAt ? n : first), null);

/**
 * The days of a stay the municipality pays for (betalningsansvar), in date order. The municipality
 * is liable only when the admission notice was sent within its deadline, and for a ready period
 * only when its ready notice was sent within its own: the first ready notice after the previous
 * period ended. Liability starts the day after `liabilityGraceDays` following the later of the notice's local date and
 * the period's start, and covers the period's local midnights from then on (see
 * `localMidnightsBetween`). A new ready period after a withdrawal needs a new notice and restarts
 * the grace. A stay still in hospital is counted up to `asOf`.
 */
export function chargedDays(stay: StayFacts, rules: RegionalPlanningRules, asOf: Date): ChargedDay[] {
  const admissionDue = admissionNoticeDeadline(stay.admittedAt, rules);
  const admissionNotice = earliest(
    stay.notices.filter((n) => n.kind === 'admission-notice' && sentOnTime(n.sentAt, admissionDue)),
  );
  const readyNotices = stay.notices.filter((n) => n.kind === 'ready-for-discharge-notice');
  // Checked before anything else, so a misconfigured model fails on every stay, charged or not.
  const graceDays = liabilityGraceDays(rules.liability);
  if (!admissionNotice) return [];

  const periods = tracedReadyPeriods(stay, asOf);
  return periods.flatMap((period, index) => {
    const previousEnd = periods[index - 1]?.to ?? null;
    const end = period.to ?? asOf;
    const notice = earliest(
      readyNotices.filter((n) => (!previousEnd || n.sentAt > previousEnd) && n.sentAt <= end),
    );
    if (!notice || !sentOnTime(notice.sentAt, readyNoticeDeadline(period.from, rules))) return [];
    const noticeDate = localDate(notice.sentAt, rules.timeZone);
    const readyDate = localDate(period.from, rules.timeZone);
    const first = addDays(noticeDate > readyDate ? noticeDate : readyDate, graceDays + 1);
    return localMidnightsBetween(period.from, end, rules.timeZone)
      .filter((date) => date >= first)
      .map((date) => ({
        date,
        admissionEventId: stay.admissionEventId,
        admissionNoticeEventId: admissionNotice.eventId,
        readinessEventId: period.declaredBy,
        readyNoticeEventId: notice.eventId,
      }));
  });
}
