import type { OrganisationKind } from '../care-links/care-link-directory';
import type { StayFacts } from '../unnecessary-days/ready-periods';
import { chargedDays, type ChargedDay } from './payment-liability';
import type { LiabilityModel, RegionalPlanningRules } from './regional-planning-rules';

/** A stay a municipality may owe for, with its pseudonymous patient. */
export interface LiableStay {
  patientId: string;
  facts: StayFacts;
}

/** One charged day on the invoice basis. */
export interface InvoiceLine extends ChargedDay {
  patientId: string;
  stayId: string;
}

/** What a municipality owes for one month, each day traced to its events. */
export interface LiabilityInvoice {
  municipalityId: string;
  /** `YYYY-MM`, in the region's time zone. */
  month: string;
  region: string;
  model: LiabilityModel;
  totalDays: number;
  /** Days times the daily rate; null when the region has not set one. */
  amountBasis: { amount: number; currency: string } | null;
  lines: InvoiceLine[];
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Whether `YYYY-MM` names a month. */
export const isMonth = (value: string) => MONTH.test(value);

/**
 * The invoice basis of one municipality for one month: the charged days (see `chargedDays`) of its
 * stays whose local date falls in the month, in date, patient and stay order. A stay still in
 * hospital is counted up to `asOf`, so the current month grows until it ends.
 */
export function liabilityInvoice(
  municipalityId: string,
  month: string,
  stays: readonly LiableStay[],
  rules: RegionalPlanningRules,
  asOf: Date,
): LiabilityInvoice {
  if (!isMonth(month)) throw new RangeError(`'${month}' is not a month in the form YYYY-MM`);
  const lines = stays
    .flatMap(({ patientId, facts }) =>
      chargedDays(facts, rules, asOf)
        .filter((day) => day.date.startsWith(`${month}-`))
        .map((day) => ({ ...day, patientId, stayId: facts.stayId })),
    )
    .sort(
      (a, b) =>
        a.date.localeCompare(b.date) ||
        a.patientId.localeCompare(b.patientId) ||
        a.stayId.localeCompare(b.stayId),
    );
  const rate = rules.dailyRate;
  return {
    municipalityId,
    month,
    region: rules.region,
    model: rules.liability,
    totalDays: lines.length,
    amountBasis: rate ? { amount: lines.length * rate.amount, currency: rate.currency } : null,
    lines,
  };
}

/**
 * Who may read a municipality's invoice basis, beyond holding the permission: the region that
 * invoices it reads every municipality's, a municipality only its own. Null when allowed, else why not.
 */
export function invoiceReadRefusal(
  reader: { organisationId: string; kind: OrganisationKind } | null,
  municipalityId: string,
): string | null {
  if (!reader) return 'your care link is not in the care-link directory, so its organisation is unknown';
  if (reader.kind === 'region' || reader.organisationId === municipalityId) return null;
  return `your organisation ${reader.organisationId} may read only its own invoice basis, not ${municipalityId}'s`;
}
