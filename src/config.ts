// Configuration from environment variables, validated once into a typed object. Defaults work on a fresh machine.
import { z } from 'zod';

const port = z.coerce.number().int().min(1).max(65535);
const positiveInt = z.coerce.number().int().positive();
const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const EnvSchema = z.object({
  PORT: port.default(4000),
  HOST: z.string().default('127.0.0.1'),
  NODE_ENV: z.string().default('development'),
  NEO4J_URI: z.string().regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\//, 'must be a neo4j:// or bolt:// URI').optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().optional(),
  NEO4J_BOLT_PORT: port.default(7687),
  NEO4J_DATA_DIR: z.string().default('.neo4j/data'),
  NEO4J_HEAP: z.string().regex(/^\d+[mg]$/).default('1g'),
  NEO4J_PAGECACHE: z.string().regex(/^\d+[mg]$/).default('256m'),
  NEO4J_DOCKER: flag.default(true),
  QUERY_TIMEOUT_MS: positiveInt.default(5000),
  SEED_ON_START: flag.default(true),
  ONET_ON_START: flag.default(true),
  CORS_ORIGINS: z.string().optional(),
  GRAPHQL_INTROSPECTION: flag.optional(),
  GRAPHIQL: flag.optional(),
  BODY_LIMIT: z.string().regex(/^\d+(kb|mb)$/i, 'must look like 100kb').default('100kb'),
  MAX_DEPTH: positiveInt.default(6),
  MAX_ALIASES: positiveInt.default(15),
  MAX_DIRECTIVES: positiveInt.default(50),
  MAX_TOKENS: positiveInt.default(1000),
  MAX_COST: positiveInt.default(5000),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters (HS256 needs a long secret)').optional(),
  JWT_ISSUER: z.string().optional(),
  JWT_AUDIENCE: z.string().optional(),
  SHUTDOWN_GRACE_MS: positiveInt.default(10_000),
});

export type Config = {
  port: number;
  host: string;
  isProduction: boolean;
  neo4j: {
    uri?: string;
    user: string;
    password: string;
    database?: string;
    boltPort: number;
    dataDir: string;
    heap: string;
    pageCache: string;
    useDocker: boolean;
  };
  queryTimeoutMs: number;
  seedOnStart: boolean;
  /** Import the shipped O*NET release at start when the graph holds none. */
  onetOnStart: boolean;
  /** Origins allowed to call the API from a browser; '*' means any. */
  corsOrigins: string[];
  introspection: boolean;
  graphiql: boolean;
  bodyLimit: string;
  limits: { maxDepth: number; maxAliases: number; maxDirectives: number; maxTokens: number; maxCost: number };
  jwt: { secret?: string; issuer?: string; audience?: string };
  shutdownGraceMs: number;
};

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const e = parsed.data;
  const isProduction = e.NODE_ENV === 'production';
  // Development is open by default (any origin, introspection, GraphiQL); production opens only what is asked for.
  const corsOrigins = e.CORS_ORIGINS !== undefined
    ? e.CORS_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean)
    : isProduction ? [] : ['*'];
  return {
    port: e.PORT,
    host: e.HOST,
    isProduction,
    neo4j: {
      uri: e.NEO4J_URI,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      boltPort: e.NEO4J_BOLT_PORT,
      dataDir: e.NEO4J_DATA_DIR,
      heap: e.NEO4J_HEAP,
      pageCache: e.NEO4J_PAGECACHE,
      useDocker: e.NEO4J_DOCKER,
    },
    queryTimeoutMs: e.QUERY_TIMEOUT_MS,
    seedOnStart: e.SEED_ON_START,
    onetOnStart: e.ONET_ON_START,
    corsOrigins,
    introspection: e.GRAPHQL_INTROSPECTION ?? !isProduction,
    graphiql: e.GRAPHIQL ?? !isProduction,
    bodyLimit: e.BODY_LIMIT,
    limits: {
      maxDepth: e.MAX_DEPTH,
      maxAliases: e.MAX_ALIASES,
      maxDirectives: e.MAX_DIRECTIVES,
      maxTokens: e.MAX_TOKENS,
      maxCost: e.MAX_COST,
    },
    jwt: { secret: e.JWT_SECRET, issuer: e.JWT_ISSUER, audience: e.JWT_AUDIENCE },
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
  };
}
