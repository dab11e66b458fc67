// The HTTP service: GraphQL at /graphql, GraphiQL at /graphiql, health at /health and /ready.
import { existsSync } from 'node:fs';
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import cors from 'cors';
import express from 'express';
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import { GRAPHIQL_DIR, WIDGETS_DIR } from './static-builds.js';
import { createRequestContext, type GraphQLContext } from './graphql/context.js';
import { formatError } from './graphql/format-error.js';
import { statementCountPlugin } from './graphql/plugins.js';
import { loadTypeDefs, resolvers } from './graphql/resolvers/index.js';

/** CORS from an allowlist: '*' allows any origin (development default); an empty list allows none. */
function corsOptions(origins: string[]): cors.CorsOptions {
  if (origins.includes('*')) return { origin: true, maxAge: 600 };
  return { origin: origins, maxAge: 600 };
}

export interface RunningServer {
  url: string;
  httpServer: http.Server;
  stop(): Promise<void>;
}

export async function startServer(config: Config, database: Database): Promise<RunningServer> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);

  const apollo = new ApolloServer<GraphQLContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    formatError,
    includeStacktraceInErrorResponses: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Apollo's own landing page loads from a CDN; GraphiQL is served locally at /graphiql instead.
      ApolloServerPluginLandingPageDisabled(),
      statementCountPlugin,
    ],
  });
  await apollo.start();

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    try {
      await database.forRequest().read('db/ping', {}, 2_000);
      res.json({ status: 'ready' });
    } catch (error) {
      res.status(503).json({ status: 'unavailable', reason: (error as Error).message });
    }
  });

  if (existsSync(WIDGETS_DIR)) {
    app.get('/widgets', (req, res, next) => (req.path === '/widgets' ? res.redirect(301, '/widgets/') : next()));
    // Widgets are embedded by pages on other origins: the script itself may be fetched from anywhere.
    app.use('/widgets/', cors(), express.static(WIDGETS_DIR, { index: 'index.html', maxAge: '5m' }));
  }

  if (config.graphiql && existsSync(GRAPHIQL_DIR)) {
    app.get('/graphiql', (req, res, next) => (req.path === '/graphiql' ? res.redirect(301, '/graphiql/') : next()));
    app.use('/graphiql/', express.static(GRAPHIQL_DIR, { index: 'index.html', maxAge: '1h' }));
  }

  app.use(
    '/graphql',
    cors<cors.CorsRequest>(corsOptions(config.corsOrigins)),
    express.json({ limit: config.bodyLimit }),
    expressMiddleware(apollo, { context: async () => createRequestContext(database) }),
  );

  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return {
    url: `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}`,
    httpServer,
    stop: () => apollo.stop(),
  };
}
