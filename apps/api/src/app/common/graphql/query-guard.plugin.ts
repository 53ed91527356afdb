import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { AppError } from '../errors/app-error';
import { checkOperationCost, QUERY_LIMITS, type QueryLimits } from './query-limits';
import { controlCharacterProblems } from './text-inputs';

/**
 * Checks that need the request's variables, after validation and before execution: the cost
 * budget, and control characters in text arguments. A refusal runs nothing.
 */
export function queryGuardPlugin(limits: QueryLimits = QUERY_LIMITS): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const resolved = { schema, document, operation, variables: request.variables ?? {} };
          checkOperationCost(resolved, limits);
          const problems = controlCharacterProblems(resolved);
          if (problems.length > 0) {
            const original = AppError.badInput(problems);
            // Answered like a resolver's BAD_USER_INPUT (status 200), so forms show it at the field.
            throw new GraphQLError(original.message, {
              originalError: original,
              extensions: { http: { status: 200 } },
            });
          }
        },
      };
    },
  };
}
