import type { NextFunction, Request, Response } from 'express';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { OperationRules } from './operation-rules';

/**
 * Over HTTP, an operation over the limits is refused before Apollo validates it, as over
 * WebSocket: Apollo's validation compares every pair of same-named fields, so an alias bomb would
 * cost a pause even to be refused. What this does not recognise goes on to Apollo, which applies the
 * same limits.
 */
export function limitsFirst(rules: OperationRules, schema: () => GraphQLSchema) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const query = req.method === 'POST' ? (req.body as { query?: unknown } | undefined)?.query : undefined;
    if (typeof query !== 'string') return next();
    const document = rules.parse(query);
    if (document instanceof GraphQLError) return next();
    const [overLimit] = rules.limitErrors(schema(), document);
    if (!overLimit) return next();
    res.status(400).json({ errors: [overLimit.toJSON()] });
  };
}
