import type { CarePlanContent } from '@carechain/domain';
import type { CarePlan } from './care-plan.model';

/** A stored plan version, v1 or v2 of the contract: v1 has no contacts, follow-ups or recommendations. */
export interface CarePlanRow {
  carePlanId: string;
  version: number;
  occurredAt: Date;
  careLinkId: string;
  payload: unknown;
}

export function carePlanOf(row: CarePlanRow): CarePlan {
  const plan = row.payload as Partial<CarePlanContent> & Pick<CarePlanContent, 'goals' | 'actions'>;
  return {
    carePlanId: row.carePlanId,
    version: row.version,
    goals: plan.goals,
    actions: plan.actions.map((a) => ({
      description: a.description,
      responsibleCareLinkId: a.responsibleCareLinkId,
      dueDate: a.dueDate ?? null,
    })),
    contacts: (plan.contacts ?? []).map((c) => ({ ...c, careLinkId: c.careLinkId ?? null })),
    followUps: (plan.followUps ?? []).map((f) => ({ ...f, at: new Date(f.at) })),
    recommendations: plan.recommendations ?? [],
    savedAt: row.occurredAt,
    savedByCareLinkId: row.careLinkId,
  };
}

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const section = (title: string, items: string[]) =>
  items.length ? `<h2>${title}</h2>\n<ul>\n${items.map((i) => `<li>${i}</li>`).join('\n')}\n</ul>` : '';

const when = { day: 'daytime', night: 'night', 'day-and-night': 'day and night' } as Record<string, string>;

/** The plan as a page to print and leave with the patient: plain HTML, no scripts, every value escaped. */
export function printableCarePlan(plan: CarePlan, timeZone: string): string {
  const date = (at: Date) => at.toLocaleString('sv-SE', { timeZone, dateStyle: 'short', timeStyle: 'short' });
  return [
    '<!doctype html>',
    `<html lang="sv"><head><meta charset="utf-8"><title>Care plan ${escape(plan.carePlanId)} version ${plan.version}</title></head><body>`,
    `<h1>My care plan</h1>\n<p>Version ${plan.version}, saved ${escape(date(plan.savedAt))} by ${escape(plan.savedByCareLinkId)}</p>`,
    section('What matters to me', plan.goals.map(escape)),
    section(
      'Who to call',
      plan.contacts.map(
        (c) =>
          `${escape(c.description)}: <strong>${escape(c.phone)}</strong> (${escape(when[c.available] ?? c.available)})`,
      ),
    ),
    section(
      'Follow-up appointments',
      plan.followUps.map((f) => `${escape(date(f.at))}: ${escape(f.description)} (${escape(f.careLinkId)})`),
    ),
    section(
      'What will be done',
      plan.actions.map(
        (a) =>
          `${escape(a.description)}, by ${escape(a.responsibleCareLinkId)}${a.dueDate ? `, before ${escape(a.dueDate)}` : ''}`,
      ),
    ),
    section('Recommendations for further care', plan.recommendations.map(escape)),
    '</body></html>',
  ]
    .filter(Boolean)
    .join('\n');
}
