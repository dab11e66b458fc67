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
};

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    isProduction: e.NODE_ENV === 'production',
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
  };
}
