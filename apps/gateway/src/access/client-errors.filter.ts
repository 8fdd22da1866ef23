import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';

/**
 * A refused or invalid request is the caller's answer, not a fault of the service: it goes back to
 * the caller unlogged, because its message may echo the caller's input (ids, names, free text).
 */
@Catch(GraphQLError)
export class ClientErrorsFilter implements GqlExceptionFilter {
  catch(error: GraphQLError): GraphQLError {
    return error;
  }
}
