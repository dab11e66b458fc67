// The HTTP service: GraphQL at /graphql (POST, and GET for cacheable persisted queries), GraphiQL at /graphiql,
// widgets at /widgets, liveness at /health and readiness at /ready (which also names the route engine).
import { existsSync } from 'node:fs';
import http from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import cors from 'cors';
import express, { type ErrorRequestHandler } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { Config } from './config.js';
import { chooseRouteEngine, currentRouteEngine, type RouteEngineChoice } from './data/route-engine.js';
import type { Database } from './db/database.js';
import { createRequestContext, type GraphQLContext } from './graphql/context.js';
import { httpErrorBody } from './graphql/errors.js';
import { createErrorFormatter } from './graphql/format-error.js';
import { armorProtection } from './graphql/limits.js';
import { graphqlEndpoint, isGraphQLPath } from './graphql/http-endpoint.js';
import { cachePolicyPlugin } from './graphql/cache-policy.js';
import { statementCountPlugin } from './graphql/plugins.js';
import { limitResultSize, resultSizePlugin } from './graphql/result-size.js';
import { guardDefaultResolvers, guardResolvers } from './graphql/projection-guard.js';
import { compiledExecutorGateway } from './graphql/compiled-executor.js';
import { loadTypeDefs, resolvers } from './graphql/resolvers/index.js';
import { GRAPHIQL_DIR, WIDGETS_DIR } from './static-builds.js';

/** Failures in the other routes (a malformed static file URL) answer in GraphQL's error shape, not an HTML stack trace. */
const requestErrors: ErrorRequestHandler = (error, _req, res, next) => {
  if (res.headersSent) return next(error);
  const status = typeof error?.status === 'number' && error.status < 500 ? error.status : 500;
  const message = status < 500 ? 'Bad request.' : 'Internal server error';
  if (status >= 500) console.error('Unexpected request error:', error);
  res.status(status).json(httpErrorBody(status, message));
};

export interface RunningServer {
  url: string;
  httpServer: http.Server;
  /** Who ranks weighted routes (null when the database was away at start: chosen on first use). */
  routeEngine: RouteEngineChoice | null;
  /** Stops accepting, lets in-flight requests finish (up to the grace period), then resolves. */
  stop(): Promise<void>;
}

export interface ServerOptions {
  /** Fail a field that reads a stored property its record's projection did not read (tests turn it on). */
  guardProjections?: boolean;
}

/** The schema with its resolvers, each list's size limited and, with guardProjections, every field checked. */
export function executableSchema(config: Config, options: ServerOptions = {}): GraphQLSchema {
  const typeDefs = loadTypeDefs();
  const schema = makeExecutableSchema({
    typeDefs,
    resolvers: limitResultSize(options.guardProjections ? guardResolvers(resolvers) : resolvers, typeDefs, config.limits.maxResultItems),
  });
  if (options.guardProjections) guardDefaultResolvers(schema);
  return schema;
}

export async function startServer(config: Config, database: Database, options: ServerOptions = {}): Promise<RunningServer> {
  // First, so that a forced engine that this Neo4j lacks stops the start before anything runs.
  const routeEngine = await chooseRouteEngine(database, config.routeEngine, config.queryTimeoutMs);
  const app = express();
  app.disable('x-powered-by');
  // Requests are handed out below, once Apollo has started: /graphql to graphqlEndpoint, the rest to Express.
  const httpServer = http.createServer();
  // Requests Node refuses before Express sees them (headers or URL too large, garbage): answer in JSON too.
  httpServer.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return socket.destroy();
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
    const body = JSON.stringify(httpErrorBody(status, status === 431 ? 'Request headers or URL too large.' : 'Bad request.'));
    socket.end(
      `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
  const armor = armorProtection(config);

  const schema = executableSchema(config, options);
  const apollo = new ApolloServer<GraphQLContext>({
    // Operations compiled once per document by graphql-jit (src/graphql/compiled-executor.ts).
    gateway: compiledExecutorGateway(schema),
    formatError: createErrorFormatter({ hideSuggestions: config.isProduction }),
    introspection: config.introspection,
    hideSchemaDetailsFromClientErrors: config.isProduction,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    // main.ts owns SIGINT/SIGTERM (drain, close the driver, stop Neo4j); two handlers calling stop() hang Apollo 5.
    stopOnTerminationSignals: false,
    validationRules: armor.validationRules,
    plugins: [
      // graphql-armor's types come from Apollo's CommonJS build; the plugins are the same objects at runtime.
      ...(armor.plugins as unknown as ApolloServerPlugin<GraphQLContext>[]),
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.shutdownGraceMs }),
      // Apollo's own landing page loads from a CDN; GraphiQL is served locally at /graphiql instead.
      ApolloServerPluginLandingPageDisabled(),
      // Reads are cacheable for 5 minutes unless the schema says otherwise (@cacheControl where a field differs),
      // worked out once per operation: Apollo's own plugin (off here) hooks into every resolved field.
      ApolloServerPluginCacheControlDisabled(),
      cachePolicyPlugin<GraphQLContext>(300),
      statementCountPlugin,
      resultSizePlugin,
    ],
  });
  await apollo.start();

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    try {
      await database.forRequest().read('db/ping', {}, 2_000);
      res.json({ status: 'ready', routeEngine: await currentRouteEngine(database) });
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
    // index.html names the current build's hashed assets: always revalidated, so a new build is seen at once.
    const revalidateHtml = (res: express.Response, file: string) => file.endsWith('.html') && res.setHeader('Cache-Control', 'no-cache');
    app.use('/graphiql/', express.static(GRAPHIQL_DIR, { index: 'index.html', maxAge: '1h', setHeaders: revalidateHtml }));
  }

  app.use(requestErrors);
  const graphql = graphqlEndpoint({
    apollo,
    context: async (req) => createRequestContext(database, config.jwt, req.headers.authorization),
    corsOrigins: config.corsOrigins,
    bodyLimitBytes: config.bodyLimitBytes,
    maxTokens: config.limits.maxTokens,
  });
  httpServer.on('request', (req, res) => (isGraphQLPath(req.url) ? graphql(req, res) : app(req, res)));

  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return {
    url: `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}`,
    httpServer,
    routeEngine,
    stop: () => apollo.stop(),
  };
}
