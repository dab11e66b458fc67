// Which engine ranks weighted routes (MONTHS, SKILLS_TO_LEARN): the career.routes procedure when the Neo4j has the
// project's plugin, otherwise the same search in the API process (route-search.ts) over a read-only projection of
// the transition graph, cached until the graph version changes (every write transaction replaces it).
import type { Driver } from 'neo4j-driver';
import type { RouteEngineSetting } from '../config.js';
import type { Database } from '../db/database.js';
import { QueryTimeoutError, UnavailableError } from '../domain/errors.js';
import { buildTransitionGraph, type ProjectionRow } from './route-projection.js';
import { RouteSearchTimeout, searchRoutes, type RouteSearchQuery, type TransitionGraph } from './route-search.js';

export type RouteEngineName = 'procedure' | 'api';

export interface RouteEngineChoice {
  name: RouteEngineName;
  /** One line for the start log: which engine and why. */
  describe: string;
}

export interface WeightedRoute {
  roleIds: string[];
  cost: number;
}

const PROCEDURE = 'career.routes';
const HOW_TO_INSTALL =
  `${PROCEDURE} ships in neo4j-runner/target/neo4j-runner.jar (build it with \`mvn -f neo4j-runner/pom.xml package\`): ` +
  'copy the jar into the Neo4j plugins folder and allow it with dbms.security.procedures.unrestricted=career.* ' +
  '(docker-compose.yml and the JVM runner do both), or set ROUTE_ENGINE=auto (or api) to use the search in the API';
const DEFAULT_TIMEOUT_MS = 5_000;
const PROJECTION_TIMEOUT_MS = 120_000;

interface CachedGraph {
  version: string | null;
  graph: TransitionGraph;
}

interface EngineState {
  setting: RouteEngineSetting;
  choice: RouteEngineChoice;
  timeoutMs: number;
  cached?: CachedGraph;
  /** A projection being read for the version it was asked for, shared by concurrent requests. */
  loading?: { version: string | null; graph: Promise<CachedGraph> };
}

// One engine per driver (per Neo4j deployment): the choice and the cached graph outlive requests, not drivers.
const engines = new WeakMap<Driver, Promise<EngineState>>();
const settings = new WeakMap<Driver, { setting: RouteEngineSetting; timeoutMs: number }>();

/**
 * Chooses the engine for this database's driver (at start: the API prints and /ready reports the result). A forced
 * `procedure` on a Neo4j without it fails here, saying how to install it. When the database cannot be reached, the
 * choice is made on first use instead.
 */
export async function chooseRouteEngine(
  db: Database,
  setting: RouteEngineSetting,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<RouteEngineChoice | null> {
  settings.set(db.driver, { setting, timeoutMs });
  engines.delete(db.driver);
  try {
    return (await stateOf(db)).choice;
  } catch (error) {
    if (isUnavailableError(error)) return null;
    throw error;
  }
}

/** The engine this database's driver uses (chosen now if it was not yet), or null while the database is away. */
export async function currentRouteEngine(db: Database): Promise<RouteEngineName | null> {
  try {
    return (await stateOf(db)).choice.name;
  } catch {
    return null;
  }
}

function stateOf(db: Database): Promise<EngineState> {
  let state = engines.get(db.driver);
  if (!state) {
    // Callers that did not choose at start (scripts, benchmarks) get the automatic choice on first use.
    const { setting, timeoutMs } = settings.get(db.driver) ?? { setting: 'auto', timeoutMs: DEFAULT_TIMEOUT_MS };
    state = detect(db, setting, timeoutMs);
    engines.set(db.driver, state);
    // A failed choice (database away) is made again on the next use rather than remembered.
    state.catch(() => {
      if (engines.get(db.driver) === state) engines.delete(db.driver);
    });
  }
  return state;
}

async function detect(db: Database, setting: RouteEngineSetting, timeoutMs: number): Promise<EngineState> {
  if (setting === 'api') {
    return { setting, timeoutMs, choice: { name: 'api', describe: 'in-API search over a cached transition graph (ROUTE_ENGINE=api)' } };
  }
  let isInstalled: boolean;
  try {
    const [row] = await db.read('db/route-procedure');
    isInstalled = row?.isInstalled === true;
  } catch (error) {
    if (setting === 'procedure' || isUnavailableError(error)) throw error;
    // A server that refuses SHOW PROCEDURES (a restricted user) can still run the in-API search.
    return { setting, timeoutMs, choice: { name: 'api', describe: `in-API search (could not list procedures: ${(error as Error).message})` } };
  }
  if (isInstalled) return { setting, timeoutMs, choice: { name: 'procedure', describe: `${PROCEDURE} procedure in Neo4j` } };
  if (setting === 'procedure') throw new Error(`ROUTE_ENGINE=procedure, but this Neo4j has no ${PROCEDURE} procedure. ${HOW_TO_INSTALL}.`);
  return {
    setting,
    timeoutMs,
    choice: { name: 'api', describe: `in-API search over a cached transition graph (${PROCEDURE} is not installed in this Neo4j)` },
  };
}

/** Up to `first` cheapest loopless routes by months or skill areas to learn, cheapest first (career.routes' contract). */
export async function findWeightedRoutes(db: Database, query: RouteSearchQuery): Promise<WeightedRoute[]> {
  const state = await stateOf(db);
  if (state.choice.name === 'procedure') {
    try {
      const rows = await db.read('paths/weighted-routes', { ...query });
      return rows.map((row) => ({ roleIds: row.roleIds as string[], cost: row.cost as number }));
    } catch (error) {
      if (!isProcedureMissing(error)) throw error;
      if (state.setting === 'procedure') {
        // Forced, and gone: SERVICE_UNAVAILABLE, saying how to install it.
        throw new UnavailableError({
          cause: error,
          message: `Weighted routes need the ${PROCEDURE} procedure, which this Neo4j does not have. ${HOW_TO_INSTALL}.`,
        });
      }
      // The Neo4j behind the driver changed (a redeploy without the plugin): carry on with the in-API search.
      state.choice = { name: 'api', describe: `in-API search over a cached transition graph (${PROCEDURE} disappeared from Neo4j)` };
      console.warn(`Route engine: ${state.choice.describe}`);
    }
  }
  const { graph } = await currentGraph(db, state);
  try {
    return searchRoutes(graph, query, Date.now() + state.timeoutMs).map(({ roleIds, cost }) => ({ roleIds, cost }));
  } catch (error) {
    if (!(error instanceof RouteSearchTimeout)) throw error;
    throw new QueryTimeoutError('in-API route search', { cause: error });
  }
}

/** The cached transition graph when its version is current, else a fresh one (one read per version, however many ask). */
async function currentGraph(db: Database, state: EngineState): Promise<CachedGraph> {
  const [row] = await db.read('graph/version');
  const version = (row?.version as string | null | undefined) ?? null;
  if (state.cached && state.cached.version === version) return state.cached;
  if (state.loading?.version !== version) {
    const graph = readTransitionGraph(db, version);
    state.loading = { version, graph };
    graph.then(
      (loaded) => {
        state.cached = loaded;
        if (state.loading?.graph === graph) state.loading = undefined;
      },
      () => {
        if (state.loading?.graph === graph) state.loading = undefined;
      },
    );
  }
  return state.loading!.graph;
}

async function readTransitionGraph(db: Database, versionAsked: string | null): Promise<CachedGraph> {
  // Reading a whole large graph may take longer than one request's timeout; it runs once per version.
  const rows = await db.read('graph/transition-projection', {}, PROJECTION_TIMEOUT_MS);
  const version = rows.length > 0 ? ((rows[0].version as string | null) ?? null) : versionAsked;
  return { version, graph: buildTransitionGraph(rows as unknown as ProjectionRow[]) };
}

function isProcedureMissing(error: unknown): boolean {
  return (error as { code?: string } | undefined)?.code === 'Neo.ClientError.Procedure.ProcedureNotFound';
}

const isUnavailableError = (error: unknown): boolean => error instanceof UnavailableError;
