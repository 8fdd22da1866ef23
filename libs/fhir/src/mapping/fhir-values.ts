import { unmappable } from './mapping-result';

/** What the mapping knows about the connection a resource came from. */
export interface MappingContext {
  /** The care link a location stands for, looked up by reference, identifier (system|value) or display. */
  careLinkOfLocation(location: {
    reference?: string;
    display?: string;
    identifier?: { system?: string; value?: string };
  }): string | undefined;
  /** The care link that reports what is not tied to a ward: medication, care plans. */
  defaultCareLinkId: string;
  /** Prefix that makes the EHR's ids (encounters, care plans) network-wide ids, e.g. 'ryhov-'. */
  idPrefix: string;
}

export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function arrayAt(resource: Json, field: string): Json[] {
  const value = resource[field];
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every(isObject))
    unmappable('structure', `${resource.resourceType}.${field}`, `${field} must be a list of objects`);
  return value as Json[];
}

export function objectAt(resource: Json, field: string): Json | undefined {
  const value = resource[field];
  if (value === undefined) return undefined;
  if (!isObject(value))
    unmappable('structure', `${resource.resourceType}.${field}`, `${field} must be an object`);
  return value;
}

/** Checks the resource type and id every mapped resource needs. */
export function resourceOf(input: unknown, type: string): Json {
  if (!isObject(input)) unmappable('structure', type, 'the resource is not a JSON object');
  if (input.resourceType !== type)
    unmappable(
      'structure',
      `${type}.resourceType`,
      `expected resourceType ${type}, got ${String(input.resourceType)}`,
    );
  if (typeof input.id !== 'string' || !input.id)
    unmappable('required', `${type}.id`, 'the resource has no id');
  return input;
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** A FHIR dateTime precise to the minute with a zone; a bare date cannot place an event in time. */
export function instantAt(value: unknown, expression: string): string {
  if (typeof value !== 'string') unmappable('required', expression, `${expression} is missing`);
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) {
    unmappable(
      'value',
      expression,
      `${expression} is a date without a time of day; Carechain needs the time with its zone`,
    );
  }
  if (!INSTANT.test(value) || Number.isNaN(Date.parse(value)))
    unmappable('value', expression, `${expression} is not a valid FHIR dateTime with a zone`);
  return value;
}

export function optionalInstantAt(value: unknown, expression: string): string | undefined {
  return value === undefined ? undefined : instantAt(value, expression);
}

/** The logical id of a `Type/id` reference, or a reason it is unusable. */
export function referencedId(reference: unknown, type: string, expression: string): string {
  const ref = isObject(reference) ? reference.reference : undefined;
  if (typeof ref !== 'string') unmappable('required', expression, `${expression} must reference a ${type}`);
  const match = new RegExp(`(?:^|/)${type}/([A-Za-z0-9.-]{1,64})(?:/_history/[^/]+)?$`).exec(ref);
  if (!match) unmappable('value', expression, `${expression} is not a reference to a ${type} (Type/id)`);
  return match[1];
}

/** Codes of a CodeableConcept as `system|code`, and bare codes. */
export function codesOf(concept: unknown): string[] {
  if (!isObject(concept) || !Array.isArray(concept.coding)) return [];
  return concept.coding
    .filter(isObject)
    .flatMap((c) => (typeof c.code === 'string' ? [c.code, `${c.system ?? ''}|${c.code}`] : []));
}

export function textOf(concept: unknown): string | undefined {
  if (!isObject(concept)) return undefined;
  if (typeof concept.text === 'string' && concept.text) return concept.text;
  const coding = Array.isArray(concept.coding) ? concept.coding.filter(isObject) : [];
  const display = coding.find((c) => typeof c.display === 'string' && c.display)?.display;
  return typeof display === 'string' ? display : undefined;
}

/** When a version was written: meta.lastUpdated, which every server sets. */
export function lastUpdatedOf(resource: Json): string {
  return instantAt(objectAt(resource, 'meta')?.lastUpdated, `${resource.resourceType}.meta.lastUpdated`);
}
