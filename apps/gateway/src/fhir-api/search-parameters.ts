import { patientIdSchema } from '@carechain/contracts';
import { badInput } from '../client-errors';
import { FHIR_ID, medicationListCodes } from './fhir-resources';

type Query = Record<string, unknown>;

/** The one value of a search parameter, or a refusal naming it when it is repeated or not text. */
function single(query: Query, name: string): string | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw badInput(name, 'give the parameter once, as text');
  return value;
}

/** A logical id in the path or a reference, checked as FHIR and as a Carechain patient id. */
export function checkedId(name: string, id: string, patient = false): string {
  if (!FHIR_ID.test(id))
    throw badInput(name, `"${id}" is not a FHIR id (1 to 64 letters, digits, '-' or '.')`);
  const checked = patient ? patientIdSchema.safeParse(id) : { success: true as const };
  if (!checked.success) throw badInput(name, checked.error.issues[0].message);
  return id;
}

/** A version id in a path: a positive whole number, as Carechain counts versions. */
export function checkedVersion(vid: string): number {
  if (!/^[1-9]\d{0,8}$/.test(vid))
    throw badInput('vid', `"${vid}" is not a version: versions are 1, 2, 3, ...`);
  return Number(vid);
}

// Clients may ask for JSON by name; XML is not served.
const jsonFormats = new Set(['json', 'application/json', 'application/fhir+json']);

/**
 * The patient a search is about, from `subject` (Patient/<id>) or `patient` (that, or the id alone).
 * Unknown parameters are refused rather than ignored, so a client never mistakes an unfiltered
 * answer for a filtered one.
 */
export function patientSearched(query: Query, known: readonly string[]): string {
  const unknown = Object.keys(query).find(
    (name) => !['subject', 'patient', '_format', ...known].includes(name),
  );
  if (unknown)
    throw badInput(
      unknown,
      `unknown search parameter; search by subject or patient${known.length ? ` (and ${known.join(', ')})` : ''}`,
    );
  const format = single(query, '_format');
  if (format !== undefined && !jsonFormats.has(format))
    throw badInput('_format', `"${format}" is not served: this server answers application/fhir+json`);
  const subject = single(query, 'subject');
  const patient = single(query, 'patient');
  if (subject !== undefined && patient !== undefined)
    throw badInput('patient', 'give subject or patient, not both');
  const name = subject !== undefined ? 'subject' : 'patient';
  const value = subject ?? patient;
  if (value === undefined) throw badInput('subject', 'required: the patient, as Patient/<pseudonymous id>');
  const id = /^Patient\/(.*)$/.exec(value)?.[1] ?? (name === 'patient' ? value : undefined);
  if (id === undefined) throw badInput(name, `"${value}" is not a patient reference: give Patient/<id>`);
  return checkedId(name, id, true);
}

/** Whether `code` asks for the medicine list, the only list served; any other code is refused. */
export function checkListCode(query: Query): void {
  const code = single(query, 'code');
  if (code !== undefined && !medicationListCodes.has(code))
    throw badInput('code', `"${code}" is not served: the only list is the medicine list, code=medications`);
}
