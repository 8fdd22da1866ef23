import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventJsonSchemas, renderEventContractDocument } from '@carechain/contracts';
import { workspaceRoot } from '../platform/paths';

const docs = join(workspaceRoot, 'docs');
mkdirSync(join(docs, 'schemas'), { recursive: true });
writeFileSync(join(docs, 'events.md'), renderEventContractDocument());
for (const [file, schema] of Object.entries(eventJsonSchemas())) {
  writeFileSync(join(docs, 'schemas', file), `${JSON.stringify(schema, null, 2)}\n`);
}
console.log('wrote docs/events.md and docs/schemas/');
