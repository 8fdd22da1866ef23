import { readFileSync, writeFileSync } from 'node:fs';
import { committedSchemaPath, printGatewaySchema } from './committed-schema';

// `npm run schema` rewrites the file (and the web's generated types); this spec fails on drift.
describe('the committed GraphQL schema', () => {
  it('is the schema the resolvers declare', async () => {
    const printed = await printGatewaySchema();
    if (process.env.UPDATE_GRAPHQL_SCHEMA === '1') writeFileSync(committedSchemaPath, printed);
    expect(printed).toContain('type Query');
    expect(readFileSync(committedSchemaPath, 'utf8')).toBe(printed);
  });
});
