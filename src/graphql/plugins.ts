// Cross-cutting concerns as Apollo plugins, not code in every resolver.
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLContext } from './context.js';

/** Reports how many Cypher statements a request sent, in `extensions.cypherStatements` (proves batching). */
export const statementCountPlugin: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== 'single') return;
        response.body.singleResult.extensions = {
          ...response.body.singleResult.extensions,
          cypherStatements: contextValue.db.statementsSent,
        };
      },
    };
  },
};
