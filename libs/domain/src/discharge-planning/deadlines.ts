import { DateTime } from 'luxon';
import { deadlineOf } from '../handovers/transmission-targets';
import { localDate } from '../unnecessary-days/local-days';
import {
  addWorkingDays,
  isWorkingDay,
  nextWorkingDay,
  type RegionalPlanningRules,
} from './regional-planning-rules';

/**
 * The admission notice (inskrivningsmeddelande) is due `admissionNoticeHours` elapsed hours after
 * admission: nights, weekends, holidays and clock changes do not pause it.
 */
export function admissionNoticeDeadline(admittedAt: Date, rules: RegionalPlanningRules): Date {
  return deadlineOf(admittedAt, { kind: 'hours', hours: rules.admissionNoticeHours }, rules.timeZone);
}

/**
 * The local working day a readiness (or a notice or call) counts from: its own day when that is a
 * working day and it came at or before the cut-off, else the next working day. Ready Friday 15:00
 * with the 14:00 cut-off counts from Monday.
 */
export function countingDayOf(at: Date, rules: RegionalPlanningRules): string {
  const day = localDate(at, rules.timeZone);
  const [hour, minute] = rules.cutOff.split(':').map(Number);
  const local = DateTime.fromJSDate(at, { zone: rules.timeZone });
  const afterCutOff = local > local.set({ hour, minute, second: 0, millisecond: 0 });
  return isWorkingDay(day, rules) && !afterCutOff ? day : nextWorkingDay(day, rules);
}

/** The last instant of a local date in the region's time zone. */
function endOfLocalDay(date: string, rules: RegionalPlanningRules): Date {
  return DateTime.fromISO(date, { zone: rules.timeZone }).endOf('day').toJSDate();
}

/**
 * The ready notice (underrättelse om utskrivningsklar) is due by the end of the day the readiness
 * counts from: the same day before the cut-off, else the next working day.
 */
export function readyNoticeDeadline(readyAt: Date, rules: RegionalPlanningRules): Date {
  return endOfLocalDay(countingDayOf(readyAt, rules), rules);
}

/**
 * The planning meeting (SIP) is called by the end of the `planningCallWorkingDays`th working day
 * after the day the readiness counts from. Jönköping: ready Monday 10:00, called by Thursday;
 * ready Friday 15:00 counts from Monday, called by Thursday.
 */
export function planningCallDeadline(readyAt: Date, rules: RegionalPlanningRules): Date {
  const from = countingDayOf(readyAt, rules);
  return endOfLocalDay(addWorkingDays(from, rules.planningCallWorkingDays, rules), rules);
}

/** A notice sent at or before its deadline is on time. */
export function sentOnTime(sentAt: Date, deadline: Date): boolean {
  return sentAt.getTime() <= deadline.getTime();
}

/** Where a notice with a deadline stands at `now`: `overdue` is the moment a breach event is due. */
export type NoticeStatus = 'sent-on-time' | 'sent-late' | 'due' | 'overdue';

export function noticeStatus(deadline: Date, sentAt: Date | null, now: Date): NoticeStatus {
  if (sentAt) return sentOnTime(sentAt, deadline) ? 'sent-on-time' : 'sent-late';
  return now.getTime() > deadline.getTime() ? 'overdue' : 'due';
}

/**
 * When a missed deadline is dated on the timeline: a late sending when it was sent, so the breach
 * and its reason tell the same moment; anything else (nothing sent, no acknowledgement) at the
 * deadline. A sending reported for after `now` has not happened yet: until then the deadline is missed.
 */
export function breachMomentOf(deadline: Date, sentAt: Date | null, now: Date): Date {
  return sentAt && !sentOnTime(sentAt, deadline) && sentAt.getTime() <= now.getTime() ? sentAt : deadline;
}
