// Configuration from environment variables, validated once into a typed object. Defaults work on a fresh machine.
import { z } from 'zod';

// Each rule carries its own message: the one a person reads when the value breaks it.
const port = z.coerce.number({ error: 'must be a port number from 1 to 65535' }).int().min(1).max(65535);
const positiveInt = z.coerce.number({ error: 'must be a whole number above 0' }).int().positive();
const flag = z.enum(['true', 'false', '1', '0'], { error: 'must be true or false (or 1 or 0)' }).transform((v) => v === 'true' || v === '1');
const memorySize = z.string().regex(/^\d+[mg]$/, 'must be a size in megabytes or gigabytes, such as 512m or 2g');

/** Who ranks weighted routes: `auto` (the career.routes procedure when Neo4j has it, else the search in the API), or one of them forced. */
export const ROUTE_ENGINE_SETTINGS = ['auto', 'procedure', 'api'] as const;
export type RouteEngineSetting = (typeof ROUTE_ENGINE_SETTINGS)[number];

const EnvSchema = z.object({
  PORT: port.default(4000),
  HOST: z.string().default('127.0.0.1'),
  NODE_ENV: z.string().default('development'),
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\//, 'must be a neo4j:// or bolt:// URI (+s or +ssc for TLS)')
    .optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().optional(),
  NEO4J_BOLT_PORT: port.default(7687),
  NEO4J_DATA_DIR: z.string().default('.neo4j/data'),
  NEO4J_HEAP: memorySize.default('1g'),
  NEO4J_PAGECACHE: memorySize.default('256m'),
  NEO4J_DOCKER: flag.default(true),
  QUERY_TIMEOUT_MS: positiveInt.default(5000),
  SEED_ON_START: flag.default(true),
  ONET_ON_START: flag.default(true),
  CORS_ORIGINS: z.string().optional(),
  GRAPHQL_INTROSPECTION: flag.optional(),
  GRAPHIQL: flag.optional(),
  BODY_LIMIT: z
    .string()
    .regex(/^\d+(kb|mb)$/i, 'must be a size in kilobytes or megabytes, such as 100kb or 1mb')
    .default('100kb')
    .transform((size) => Number.parseInt(size, 10) * (/mb$/i.test(size) ? 1024 * 1024 : 1024)),
  MAX_DEPTH: positiveInt.default(6),
  MAX_ALIASES: positiveInt.default(15),
  MAX_DIRECTIVES: positiveInt.default(50),
  MAX_TOKENS: positiveInt.default(1000),
  MAX_COST: positiveInt.default(5000),
  MAX_RESULT_ITEMS: positiveInt.default(100_000),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters (HS256 needs a long secret)').optional(),
  JWT_ISSUER: z.string().optional(),
  JWT_AUDIENCE: z.string().optional(),
  SHUTDOWN_GRACE_MS: positiveInt.default(10_000),
  ROUTE_ENGINE: z.enum(ROUTE_ENGINE_SETTINGS, { error: `must be one of ${ROUTE_ENGINE_SETTINGS.join(', ')}` }).default('auto'),
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
  /** The largest request body, in bytes (BODY_LIMIT). */
  bodyLimitBytes: number;
  limits: { maxDepth: number; maxAliases: number; maxDirectives: number; maxTokens: number; maxCost: number; maxResultItems: number };
  jwt: { secret?: string; issuer?: string; audience?: string };
  shutdownGraceMs: number;
  routeEngine: RouteEngineSetting;
};

type Setting = keyof z.infer<typeof EnvSchema>;

/** How to put a setting right, shown under what is wrong with it. */
const FIXES: Partial<Record<Setting, string>> = {
  PORT: 'choose a free port, for example PORT=4001, or unset it for 4000',
  NEO4J_URI: 'for example NEO4J_URI=bolt://127.0.0.1:7687 (neo4j+s:// with TLS), or unset it and the API starts a Neo4j of its own',
  NEO4J_BOLT_PORT: 'choose a free port, for example NEO4J_BOLT_PORT=7688, or unset it for 7687',
  NEO4J_HEAP: 'for example NEO4J_HEAP=2g, or unset it for 1g',
  NEO4J_PAGECACHE: 'for example NEO4J_PAGECACHE=512m, or unset it for 256m',
  QUERY_TIMEOUT_MS: 'milliseconds, for example QUERY_TIMEOUT_MS=10000, or unset it for 5000',
  BODY_LIMIT: 'for example BODY_LIMIT=1mb, or unset it for 100kb',
  SHUTDOWN_GRACE_MS: 'milliseconds, for example SHUTDOWN_GRACE_MS=30000, or unset it for 10000',
  ROUTE_ENGINE: 'auto (the default) uses the career.routes procedure when Neo4j has it and the search in the API otherwise',
  JWT_SECRET:
    'generate one with `export JWT_SECRET=$(openssl rand -hex 32)` (and give the API and `npm run token` the same), or unset it: curation mutations are then refused',
};

/** Settings whose value must never be printed, not even when it is wrong. */
const SECRETS = new Set<string>(['JWT_SECRET', 'NEO4J_PASSWORD']);

/** A bad setting: which one, what is wrong, and how to fix it. The message is the whole story (no stack). */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `The configuration is not valid (${problems.length === 1 ? '1 setting' : `${problems.length} settings`}):\n` +
        problems.map((problem) => `  ${problem}`).join('\n') +
        "\nSettings are environment variables; the README's Configuration section lists each one and its default.",
    );
    this.name = 'ConfigError';
  }
}

function describeProblem(setting: string, rule: string, value: string | undefined): string {
  const given = value === undefined ? '' : SECRETS.has(setting) ? `; it has ${value.length}` : `; it is ${JSON.stringify(maskUserInfo(value))}`;
  const fix = FIXES[setting as Setting] ?? `correct ${setting}, or unset it for its default`;
  return `${setting}: ${rule}${given}. Fix: ${fix}.`;
}

/** user:password@ in a URI is a credential: shown as ***@. */
function maskUserInfo(value: string): string {
  return value.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, '$1***@');
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const setting = String(issue.path[0]);
        return describeProblem(setting, issue.message, env[setting]);
      }),
    );
  }
  const e = parsed.data;
  const isProduction = e.NODE_ENV === 'production';
  // Development is open by default (any origin, introspection, GraphiQL); production opens only what is asked for.
  const corsOrigins =
    e.CORS_ORIGINS !== undefined
      ? e.CORS_ORIGINS.split(',')
          .map((o) => o.trim())
          .filter(Boolean)
      : isProduction
        ? []
        : ['*'];
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
    bodyLimitBytes: e.BODY_LIMIT,
    limits: {
      maxDepth: e.MAX_DEPTH,
      maxAliases: e.MAX_ALIASES,
      maxDirectives: e.MAX_DIRECTIVES,
      maxTokens: e.MAX_TOKENS,
      maxCost: e.MAX_COST,
      maxResultItems: e.MAX_RESULT_ITEMS,
    },
    jwt: { secret: e.JWT_SECRET, issuer: e.JWT_ISSUER, audience: e.JWT_AUDIENCE },
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    routeEngine: e.ROUTE_ENGINE,
  };
}

/** Exit status for a bad setting: EX_CONFIG of sysexits.h, so a supervisor can tell it from a crash. */
export const CONFIG_ERROR_EXIT_CODE = 78;

/**
 * loadConfig for an entry point (the server, the CLIs): a bad setting prints what is wrong and how to fix it on
 * stderr and ends the process, with no stack trace.
 */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): Config {
  try {
    return loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(CONFIG_ERROR_EXIT_CODE);
  }
}
