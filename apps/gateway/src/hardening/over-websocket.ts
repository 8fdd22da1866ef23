import type { GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import { GraphQLError, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { OperationRules } from './operation-rules';
import { clientSafeErrors } from './unexpected-errors';

/**
 * graphql-ws runs operations itself, past Apollo's parser, rules and plugins: each operation meets
 * the same rules here before it runs, and its errors are made client-safe as over HTTP.
 */
export function overWebSocket(
  rules: OperationRules,
  schema: () => GraphQLSchema,
): GraphQLWsSubscriptionsConfig {
  return {
    onSubscribe: async (_ctx, _id, payload) => {
      const document = rules.parse(payload.query);
      if (document instanceof GraphQLError) return [forWebSocket(document)];
      const invalid = rules.validate(schema(), document);
      if (invalid.length) return invalid;
      const problem = rules.checkVariables(
        schema(),
        document,
        payload.variables ?? undefined,
        payload.operationName ?? undefined,
      );
      if (problem) return [forWebSocket(problem)];
      return {
        schema: schema(),
        document,
        variableValues: payload.variables,
        operationName: payload.operationName,
      };
    },
    onNext: async (_ctx, _id, _payload, _args, result: ExecutionResult) =>
      result.errors ? { ...result, errors: clientSafeErrors(result.errors) } : undefined,
  };
}

/** The HTTP status an error carries for Apollo means nothing to a WebSocket client. */
function forWebSocket(error: GraphQLError): GraphQLError {
  const { http: _http, ...extensions } = error.extensions;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    extensions,
  });
}
