import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { operationCost } from './operation-cost';
import { unsafeArgumentOf } from './unsafe-text';

export interface OperationLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxTokens: number;
  introspection: boolean;
}

const validationFailed = (errors: readonly GraphQLError[]) =>
  errors.map(
    (error) =>
      new GraphQLError(error.message, {
        nodes: error.nodes,
        extensions: { ...error.extensions, code: 'GRAPHQL_VALIDATION_FAILED' },
      }),
  );

const refused = (message: string, code: string) =>
  // The http extension sets Apollo's status; Apollo leaves it out of the answer.
  new GraphQLError(message, { extensions: { code, http: { status: 400 } } });

/**
 * The limits every GraphQL operation meets, whether it comes over HTTP or over WebSocket: the same
 * parser, the same validation rules and the same checks of its variables, so one error answers both.
 */
export class OperationRules {
  readonly parseOptions: { maxTokens: number };
  readonly validationRules: ValidationRule[];

  constructor(private readonly limits: OperationLimits) {
    this.parseOptions = { maxTokens: limits.maxTokens };
    this.validationRules = [
      ...new ApolloArmor({
        maxDepth: { n: limits.maxDepth },
        maxAliases: { n: limits.maxAliases },
        // Tokens are counted by the parser and cost with the variables, below.
        maxTokens: { enabled: false },
        costLimit: { enabled: false },
        // Field suggestions help authors; the schema is published anyway (handoverRecordSchema, docs).
        blockFieldSuggestion: { enabled: false },
      }).protect().validationRules,
      ...(limits.introspection ? [] : [NoSchemaIntrospectionCustomRule]),
    ];
  }

  /** A parsed operation, or the parse error as HTTP answers it (GRAPHQL_PARSE_FAILED). */
  parse(query: unknown): DocumentNode | GraphQLError {
    if (typeof query !== 'string')
      return refused('GraphQL operations must be sent as a string', 'BAD_REQUEST');
    try {
      return parse(query, this.parseOptions);
    } catch (error) {
      return error instanceof GraphQLError
        ? new GraphQLError(error.message, {
            source: error.source,
            positions: error.positions,
            extensions: { code: 'GRAPHQL_PARSE_FAILED' },
          })
        : refused('The operation could not be parsed', 'GRAPHQL_PARSE_FAILED');
    }
  }

  /**
   * The validation errors of an operation, with the code HTTP gives them (GRAPHQL_VALIDATION_FAILED).
   * The limits go first and alone: graphql's own rules compare every pair of same-named fields, so a
   * bomb of a hundred aliases would cost a noticeable pause even to be refused.
   */
  validate(schema: GraphQLSchema, document: DocumentNode): GraphQLError[] {
    const overLimits = this.limitErrors(schema, document);
    if (overLimits.length) return overLimits;
    return validationFailed(validate(schema, document, [...specifiedRules, ...this.validationRules]));
  }

  /** Only the limits (depth, aliases, directives, introspection): cheap, so they can go first. */
  limitErrors(schema: GraphQLSchema, document: DocumentNode): GraphQLError[] {
    return validationFailed(validate(schema, document, this.validationRules));
  }

  /**
   * What only the variables tell, checked before any resolver runs: text no column can hold, and
   * the cost of what is asked for (a period passed as a variable weighs as much as a written one).
   */
  checkVariables(
    schema: GraphQLSchema,
    document: DocumentNode,
    variables: Record<string, unknown> | undefined,
    operationName: string | undefined,
  ): GraphQLError | undefined {
    const unsafe = unsafeArgumentOf(document, variables);
    if (unsafe)
      return new GraphQLError(
        `${unsafe}: holds a NUL character or half of a UTF-16 surrogate pair, which no text in Carechain may contain`,
        { extensions: { code: 'BAD_USER_INPUT', argumentName: unsafe, http: { status: 400 } } },
      );
    let cost: number;
    try {
      cost = operationCost(schema, document, variables, operationName);
    } catch (error) {
      // Variables that do not fit their types: execution names them the way it always does.
      if (error instanceof GraphQLError) return undefined;
      throw error;
    }
    if (cost > this.limits.maxCost)
      return refused(
        `Query cost limit of ${this.limits.maxCost} exceeded, found ${cost}: ask for a shorter period, a coarser granularity or fewer fields`,
        'GRAPHQL_VALIDATION_FAILED',
      );
    return undefined;
  }

  /**
   * The same for Apollo's HTTP requests: Apollo parses and validates with the options and rules
   * above, and the variables are checked once it has the operation.
   */
  apolloPlugin(): ApolloServerPlugin {
    return {
      requestDidStart: async () => ({
        didResolveOperation: async ({ schema, document, request, operationName }) => {
          const problem = this.checkVariables(
            schema,
            document,
            request.variables,
            operationName ?? undefined,
          );
          if (problem) throw problem;
        },
      }),
    };
  }
}
