import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';

/** Where the gateway's schema is committed: the web's generated types and integrators read it. */
export const committedSchemaPath = join(__dirname, '..', '..', 'schema.graphql');

// Set by @Resolver(), with or without a type, so a bare @Resolver() class counts too.
const RESOLVER_TYPE = 'graphql:resolver_type';

function resolverFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? resolverFiles(join(dir, entry.name))
      : entry.name.endsWith('.resolver.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

/** The schema every `*.resolver.ts` of the gateway declares, printed as the running gateway serves it. */
export async function printGatewaySchema(): Promise<string> {
  const resolvers = resolverFiles(join(__dirname, '..')).flatMap((file) =>
    Object.values(require(file) as Record<string, unknown>).filter(
      (value): value is new (...args: never[]) => unknown =>
        typeof value === 'function' && Reflect.hasOwnMetadata(RESOLVER_TYPE, value),
    ),
  );
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  try {
    const schema = await app.get(GraphQLSchemaFactory).create(resolvers);
    return `${printSchema(lexicographicSortSchema(schema))}\n`;
  } finally {
    await app.close();
  }
}
