import { cacheExchange, Client, fetchExchange, subscriptionExchange } from 'urql';
import { createClient as createWsClient } from 'graphql-ws';

export interface Caller {
  actorId: string;
  careLinkId: string;
  role?: string;
}

/**
 * A GraphQL client acting for the caller: the gateway reads the caller from these headers, and
 * from the same keys in the WebSocket's connection parameters for live handovers.
 */
export function gatewayClient(caller: Caller): { client: Client; close(): void } {
  const identity: Record<string, string> = {
    'x-carechain-actor': caller.actorId,
    'x-carechain-care-link': caller.careLinkId,
    ...(caller.role && { 'x-carechain-roles': caller.role }),
  };
  const ws = createWsClient({
    url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
    connectionParams: identity,
    retryAttempts: Infinity,
    shouldRetry: () => true,
    // A ping every 20 s keeps proxies from closing a quiet inbox, and notices a dead gateway.
    keepAlive: 20_000,
  });
  const client = new Client({
    url: '/graphql',
    // POST always: the gateway refuses GET queries without CSRF preflight headers.
    preferGetMethod: false,
    fetchOptions: { headers: identity },
    exchanges: [
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({
            unsubscribe: ws.subscribe({ ...request, query: request.query ?? '' }, sink),
          }),
        }),
      }),
    ],
  });
  return { client, close: () => void ws.dispose() };
}
