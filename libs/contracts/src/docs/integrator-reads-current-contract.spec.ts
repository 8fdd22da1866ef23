import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { careEventTypes } from '../care-events/catalog';
import { eventJsonSchemas, renderEventContractDocument } from './event-contract-document';

const docs = join(__dirname, '..', '..', '..', '..', 'docs');

describe('an integrator reads the published event contract', () => {
  it('finds docs/events.md exactly as the schemas render it (run `npm run docs:events` after a contract change)', () => {
    expect(readFileSync(join(docs, 'events.md'), 'utf8')).toBe(renderEventContractDocument());
  });

  it('finds a JSON Schema file for the envelope and every payload version', () => {
    for (const [file, schema] of Object.entries(eventJsonSchemas())) {
      expect(JSON.parse(readFileSync(join(docs, 'schemas', file), 'utf8'))).toEqual(schema);
    }
  });

  it('sees every event type documented with its example', () => {
    const document = renderEventContractDocument();
    for (const type of careEventTypes) expect(document).toContain(`### ${type} (schemaVersion 1)`);
  });

  it('reads required payload fields in the schema', () => {
    expect(eventJsonSchemas()['PatientAdmitted.v1.payload.json']).toMatchObject({
      required: ['stayId', 'wardCareLinkId', 'admissionType'],
      additionalProperties: false,
    });
  });
});
