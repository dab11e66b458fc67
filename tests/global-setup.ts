// Vitest global setup: one Neo4j for the whole test run, on its own port and data folder so a dev server can stay up.
import type {} from 'vitest'; // puts 'vitest' in the program so the ProvidedContext augmentation resolves
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../src/config.js';
import { startNeo4j } from '../src/db/neo4j-server.js';
import { ensureStaticBuilds } from '../src/static-builds.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { uri: string; user: string; password: string };
  }
}

const DEFAULT_TEST_BOLT_PORT = 7688;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  ensureStaticBuilds();
  const config = loadConfig();
  const neo4j = await startNeo4j(
    { ...config.neo4j, boltPort: testBoltPort(), dataDir: process.env.NEO4J_TEST_DATA_DIR || `.neo4j/test-${testBoltPort()}` },
    { purpose: 'test', freshData: true },
  );
  project.provide('neo4j', { uri: neo4j.uri, user: neo4j.user, password: neo4j.password });
  return () => neo4j.stop();
}

function testBoltPort(): number {
  const raw = process.env.NEO4J_TEST_BOLT_PORT;
  if (raw === undefined || raw === '') return DEFAULT_TEST_BOLT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`NEO4J_TEST_BOLT_PORT must be a port number from 1 to 65535, got "${raw}"`);
  }
  return port;
}
