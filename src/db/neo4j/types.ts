// What every way of getting a Neo4j (external, Docker, the JVM runner, a shared runner) hands back.
import type { Config } from '../../config.js';

/** `shared`: a JVM runner that another command started on the same data folder (see running-instance.ts). */
export type Neo4jKind = 'external' | 'docker' | 'jvm' | 'shared';

export interface RunningNeo4j {
  kind: Neo4jKind;
  uri: string;
  user: string;
  password: string;
  /** One line for logs: what runs where, with the server version when we checked it. */
  describe: string;
  /** Stops what this call started; a no-op for an external server. Safe to call more than once. */
  stop(): Promise<void>;
}

export interface StartNeo4jOptions {
  purpose: 'app' | 'test';
  log?: (line: string) => void;
  /** Delete the data folder before starting (JVM runner only). */
  freshData?: boolean;
  /**
   * The caller keeps Neo4j up for other commands (`npm start`, `npm run neo4j`). A JVM runner that a one-off command
   * started stops when its work is done, so a long-running caller never borrows one.
   */
  isLongRunning?: boolean;
  /**
   * Start Neo4j with an empty plugin folder, like a stock server without the project's career.routes procedure
   * (JVM runner and test container; never borrows a running instance, which has the plugin).
   */
  withoutPlugins?: boolean;
}

export type Neo4jConfig = Config['neo4j'];
export type Log = (line: string) => void;
