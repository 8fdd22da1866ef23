import { z } from 'zod';
import { careEventCatalog, careEventTypes } from '../care-events/catalog';
import { envelopeSchema } from '../care-events/envelope';
import { careEventHeaders, deadLetterHeaders, topicDefinitions } from '../topics/topics';

const json = (value: unknown) => ['```json', JSON.stringify(value, null, 2), '```'].join('\n');
const schemaOf = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });

/** JSON Schema files for integrators, by file name. */
export function eventJsonSchemas(): Record<string, object> {
  const files: Record<string, object> = { 'envelope.json': schemaOf(envelopeSchema) };
  for (const type of careEventTypes) {
    for (const [version, definition] of Object.entries(careEventCatalog[type])) {
      files[`${type}.v${version}.payload.json`] = schemaOf(definition.payload);
    }
  }
  return files;
}

/** The integrators' contract document, rendered from the schemas so it cannot drift from them. */
export function renderEventContractDocument(): string {
  const lines: string[] = [
    '# Carechain care-event contract',
    '',
    '<!-- Generated from libs/contracts by `npm run docs:events`. Do not edit by hand. -->',
    '',
    'Every care event is one JSON object: an envelope that is the same for all types, and a `payload`',
    'whose shape depends on `type` and `schemaVersion`. Unknown fields are refused, never dropped.',
    '',
    '## Submitting events',
    '',
    '- HTTP: `POST /care-events` with one event (201 accepted, 200 duplicate, 400 rejected, 409 conflict),',
    '  or `POST /care-events/batch` with `{ "events": [...] }` (up to 1000; 200 when all were stored,',
    '  207 with a result per event when some were not; valid events are stored even when others are rejected).',
    '- Kafka: produce the event as JSON to `care.commands.v1`, keyed by `patientId`. Rejected',
    '  submissions go to `care.commands.dlq.v1` with the reason in a header.',
    '- HL7 v2 ADT over MLLP: the hl7-listener turns A01, A02, A03 and the cancellations A11, A12, A13',
    '  into PatientAdmitted, PatientTransferred, PatientDischarged, AdmissionCancelled, TransferCancelled',
    '  and DischargeCancelled (see the README section "HL7 v2 ADT over MLLP").',
    '- Resending is safe: an event with a known `eventId`, or a known `idempotencyKey` with the same',
    '  content, is answered with the original result. Reusing either for different content is a conflict.',
    '- Changes made against a version, on every channel: `MedicationListChanged` carries the `listVersion`',
    '  it was made against (the number of changes the list had), `CarePlanUpdated` the `version` it makes',
    '  (the stored one plus 1). An older version is a conflict naming the field (`payload.listVersion`,',
    '  `payload.version`: 409, or the dead-letter reason on Kafka); of two sent at once, one is stored.',
    '  A change that makes no sense for the list as stored (stopping a medicine that is not on it) is',
    '  rejected naming the change. Changes read from an EHR by the FHIR adapter are recorded as the EHR made them.',
    '- `patientId` is the pseudonymous patient id agreed within the network. Personal identity numbers',
    '  are refused: the id travels in Kafka keys and logs.',
    '- Who the patient is goes to the identity register, never into an event: `PUT /patients/{patientId}/identity`',
    '  on care-events with `{ "familyName", "givenNames", "personalIdentityNumber" }` (200 recorded, 400 naming',
    '  the field, never echoing its value). HL7 PID-5 and FHIR `Patient.name` and personal identity identifiers',
    '  are registered the same way by the listener and the adapter. Identities are stored encrypted and never',
    '  published on Kafka.',
    '- Date-times carry a time zone; they and dates are from the year 1900 on (an EHR field left at',
    '  year 0000 is refused naming it, not stored).',
    '- Every problem names the field it concerns, as a path such as `payload.stayId`.',
    '',
    '## Topics',
    '',
    '| topic | partitions | what it carries |',
    '| --- | --- | --- |',
    ...topicDefinitions.map((t) => `| \`${t.name}\` | ${t.partitions} | ${t.description} |`),
    '',
    'Published events on `care.events.v1` carry the envelope plus `recordedAt` (when Carechain stored',
    'it), `sequence` (store order) and `idempotencyKey`. Delivery is at-least-once: consume idempotently by `eventId`.',
    '',
    '| header | on | meaning |',
    '| --- | --- | --- |',
    `| \`${careEventHeaders.eventId}\`, \`${careEventHeaders.type}\`, \`${careEventHeaders.schemaVersion}\` | care.events.v1 | route without parsing the value |`,
    `| \`${deadLetterHeaders.reason}\` | dead-letter topics | what is wrong with the message |`,
    `| \`${deadLetterHeaders.originalTopic}\`, \`${deadLetterHeaders.originalPartition}\`, \`${deadLetterHeaders.originalOffset}\` | dead-letter topics | where it came from |`,
    `| \`${deadLetterHeaders.failedAt}\` | dead-letter topics | when it was dead-lettered |`,
    `| \`${deadLetterHeaders.consumerGroup}\` | dead-letter topics | the consumer group that could not process it (each group reading a topic dead-letters a poison message on its own) |`,
    "| `traceparent`, `tracestate` | care.events.v1 (when the intake was traced) | W3C trace context: continue the trace of the event's intake in your consumer |",
    '',
    '## Envelope',
    '',
    json(schemaOf(envelopeSchema)),
    '',
    '## Event types',
    '',
  ];
  for (const type of careEventTypes) {
    for (const [version, definition] of Object.entries(careEventCatalog[type])) {
      lines.push(
        `### ${type} (schemaVersion ${version})`,
        '',
        definition.description,
        '',
        'Payload schema:',
        '',
        json(schemaOf(definition.payload)),
        '',
        'Example:',
        '',
        json({
          eventId: '5f0c6a52-1c1e-4f53-9d53-2f5d6f0e9a11',
          type,
          schemaVersion: Number(version),
          patientId: 'pat-7f3a9c',
          occurredAt: '2026-11-23T10:05:00+01:00',
          source: { system: 'cosmic-ryhov', careLinkId: 'ryhov-med-3' },
          payload: definition.example,
        }),
        '',
      );
    }
  }
  return lines.join('\n');
}
