import type { ApolloServerPlugin } from '@apollo/server';
import { Histogram } from 'prom-client';
import { metricsRegistry } from '@carechain/service-runtime';

/** Operation names come from clients: past this many distinct ones, new names count as `other`. */
const MAX_OPERATION_NAMES = 200;

export type GraphqlOutcome = 'ok' | 'error' | 'invalid';

/**
 * The label for an operation: its name (never its variables), `anonymous` when it has none,
 * `unresolved` when the request never got as far as one operation (unparsable, invalid, refused
 * by the depth or cost limits), and `other` once clients have used many distinct names.
 */
export class OperationNames {
  private readonly seen = new Set<string>();

  constructor(private readonly max = MAX_OPERATION_NAMES) {}

  label(resolved: boolean, name: string | null | undefined): string {
    if (!resolved) return 'unresolved';
    if (!name) return 'anonymous';
    if (!/^[_A-Za-z][_0-9A-Za-z]{0,63}$/.test(name)) return 'other';
    if (this.seen.has(name)) return name;
    if (this.seen.size >= this.max) return 'other';
    this.seen.add(name);
    return name;
  }
}

export function outcomeOf(resolved: boolean, errors: readonly unknown[] | undefined): GraphqlOutcome {
  if (!resolved) return 'invalid';
  return errors?.length ? 'error' : 'ok';
}

const duration = new Histogram({
  name: 'carechain_graphql_operation_duration_seconds',
  help: 'Time from receiving a GraphQL operation to sending its response, by operation name and outcome (ok, error, invalid)',
  labelNames: ['operation', 'outcome'],
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  registers: [metricsRegistry],
});

/** Times every GraphQL operation over HTTP into carechain_graphql_operation_duration_seconds. */
export function graphqlMetrics(): ApolloServerPlugin {
  const names = new OperationNames();
  return {
    async requestDidStart() {
      const stop = duration.startTimer();
      return {
        async willSendResponse({ operation, operationName, errors }) {
          const resolved = !!operation;
          stop({ operation: names.label(resolved, operationName), outcome: outcomeOf(resolved, errors) });
        },
      };
    },
  };
}
