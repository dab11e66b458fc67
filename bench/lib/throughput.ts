// Throughput of our API against @neo4j/graphql on the queries both can express: autocannon on loopback with the
// same connections and duration, runs alternated ours/peer/ours/peer so both meet the same drift in machine load.
// Before measuring, both answers are fetched and compared (same roles, same skills, same companies).
import autocannon from 'autocannon';
import { postGraphQL } from './http.js';
import { cpuMs } from './processes.js';
import { ratio, round } from './stats.js';

export interface SharedQuery {
  name: string;
  ours: { query: string; variables: Record<string, unknown> };
  peer: { query: string; variables: Record<string, unknown> };
  /** Both answers as the same plain shape: roles by id, each with sorted skill and company ids. */
  normalizeOurs(data: Record<string, unknown>): NormalRole[];
  normalizePeer(data: Record<string, unknown>): NormalRole[];
}

export interface NormalRole {
  id: string;
  title: string;
  skills: string[];
  companies?: string[];
  /** Next roles, two levels: `id:title > id:title, ...` per next role, sorted. */
  next?: string[];
  /** How many next roles at both levels. */
  nextLinks?: number;
}

interface Named {
  id: string;
  name: string;
}
interface OurRole {
  id: string;
  title: string;
  skills?: { skill: Named }[];
  hiringCompanies?: Named[];
  nextRoles?: { to: OurRole }[];
}
interface PeerRole {
  id: string;
  title: string;
  skills?: Named[];
  hiringCompanies?: Named[];
  nextRoles?: PeerRole[];
}

const ids = (items: Named[] | undefined) => (items ?? []).map((item) => `${item.id}:${item.name}`).sort();
const titled = (role: { id: string; title: string }) => `${role.id}:${role.title}`;
/** Each next role with its own next roles, as one sorted line per next role. */
const nextLines = (roles: { role: { id: string; title: string }; next: { id: string; title: string }[] }[]) => ({
  next: roles.map(({ role, next }) => `${titled(role)} > ${next.map(titled).sort().join(', ')}`).sort(),
  nextLinks: roles.reduce((sum, { next }) => sum + 1 + next.length, 0),
});
const normalOurs = (role: OurRole): NormalRole => ({
  id: role.id,
  title: role.title,
  skills: ids(role.skills?.map((r) => r.skill)),
  ...(role.hiringCompanies ? { companies: ids(role.hiringCompanies) } : {}),
  ...(role.nextRoles ? nextLines(role.nextRoles.map(({ to }) => ({ role: to, next: (to.nextRoles ?? []).map((t) => t.to) }))) : {}),
});
const normalPeer = (role: PeerRole): NormalRole => ({
  id: role.id,
  title: role.title,
  skills: ids(role.skills),
  ...(role.hiringCompanies ? { companies: ids(role.hiringCompanies) } : {}),
  ...(role.nextRoles ? nextLines(role.nextRoles.map((to) => ({ role: to, next: to.nextRoles ?? [] }))) : {}),
});

// Ours asks for skills at SKILL grain, the stored REQUIRES relationships (the peer has no areas), and the 50-role
// page keeps to O*NET roles, where no requirement names an area with parts (the curated roles have a few).
export function sharedQueries(roleId: string): SharedQuery[] {
  return [
    {
      name: 'role by id with skills',
      ours: { query: 'query ($id: ID!) { role(id: $id) { id title skills(grain: SKILL) { skill { id name } } } }', variables: { id: roleId } },
      peer: { query: 'query ($id: ID!) { roles(where: { id: { eq: $id } }) { id title skills { id name } } }', variables: { id: roleId } },
      normalizeOurs: (data) => (data.role ? [normalOurs(data.role as OurRole)] : []),
      normalizePeer: (data) => (data.roles as PeerRole[]).map(normalPeer),
    },
    {
      name: '50 roles with skills and companies',
      ours: {
        query:
          '{ roles(first: 50, filter: { source: "onet" }) { edges { node { id title skills(grain: SKILL) { skill { id name } } hiringCompanies { id name } } } } }',
        variables: {},
      },
      peer: {
        query:
          '{ roles(limit: 50, sort: [{ id: ASC }], where: { source: { eq: "onet" } }) { id title skills { id name } hiringCompanies { id name } } }',
        variables: {},
      },
      normalizeOurs: (data) => (data.roles as { edges: { node: OurRole }[] }).edges.map((edge) => normalOurs(edge.node)),
      normalizePeer: (data) => (data.roles as PeerRole[]).map(normalPeer),
    },
    {
      name: 'role with next roles, two levels',
      ours: {
        query: 'query ($id: ID!) { role(id: $id) { id title nextRoles { to { id title nextRoles { to { id title } } } } } }',
        variables: { id: roleId },
      },
      peer: {
        query: 'query ($id: ID!) { roles(where: { id: { eq: $id } }) { id title nextRoles { id title nextRoles { id title } } } }',
        variables: { id: roleId },
      },
      normalizeOurs: (data) => (data.role ? [normalOurs(data.role as OurRole)] : []),
      normalizePeer: (data) => (data.roles as PeerRole[]).map(normalPeer),
    },
  ];
}

export interface DataCheck {
  query: string;
  isSame: boolean;
  roles: number;
  skillLinks: number;
  companyLinks: number;
  /** Next roles at both levels (the two-level query). */
  nextRoleLinks: number;
  difference?: string;
}

export async function compareAnswers(oursUrl: string, peerUrl: string, query: SharedQuery): Promise<DataCheck> {
  const [ours, peer] = await Promise.all([
    postGraphQL(oursUrl, query.ours.query, query.ours.variables),
    postGraphQL(peerUrl, query.peer.query, query.peer.variables),
  ]);
  if (ours.errors?.length || !ours.data) throw new Error(`our API failed on "${query.name}": ${JSON.stringify(ours.errors)}`);
  if (peer.errors?.length || !peer.data) throw new Error(`@neo4j/graphql failed on "${query.name}": ${JSON.stringify(peer.errors)}`);
  const a = query.normalizeOurs(ours.data);
  const b = query.normalizePeer(peer.data);
  const first = a.findIndex((role, i) => JSON.stringify(role) !== JSON.stringify(b[i]));
  const isSame = a.length === b.length && first === -1;
  return {
    query: query.name,
    isSame,
    roles: a.length,
    skillLinks: a.reduce((sum, role) => sum + role.skills.length, 0),
    companyLinks: a.reduce((sum, role) => sum + (role.companies?.length ?? 0), 0),
    nextRoleLinks: a.reduce((sum, role) => sum + (role.nextLinks ?? 0), 0),
    ...(isSame
      ? {}
      : {
          difference: `${a.length} vs ${b.length} roles; first difference: ${JSON.stringify(a[first]).slice(0, 200)} vs ${JSON.stringify(b[first]).slice(0, 200)}`,
        }),
  };
}

export type ServerName = 'ours' | 'peer';

export interface CannonRun {
  server: ServerName;
  round: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  /** CPU time per answered request: of the GraphQL server's process, and of Neo4j's JVM. */
  cpuMsPerRequest: { server: number | null; neo4j: number | null };
}

export interface BenchServer {
  url: string;
  pid: number;
}

interface CannonResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  answered: number;
}

function cannon(
  url: string,
  request: { query: string; variables: Record<string, unknown> },
  seconds: number,
  connections: number,
): Promise<CannonResult> {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: `${url}/graphql`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(request),
        connections,
        duration: seconds,
        // A cheap check (no JSON parse: it would take CPU from the servers on a small machine).
        verifyBody: (body) => !String(body ?? '').includes('"errors"'),
      },
      (error, result) => {
        if (error) return reject(error);
        resolve({
          requestsPerSecond: round(result['2xx'] / result.duration - result.mismatches / result.duration),
          p50: result.latency.p50,
          p99: result.latency.p99,
          errors: result.errors + result.timeouts + result.non2xx + result.mismatches,
          answered: result['2xx'],
        });
      },
    );
  });
}

interface RunSummary {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  cpuMsPerRequest: { server: number | null; neo4j: number | null };
}

export interface QueryThroughput {
  query: string;
  runs: CannonRun[];
  ours: RunSummary;
  peer: RunSummary;
  /** Our mean requests/s over the peer's. */
  ratio: number;
}

const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

async function measuredRun(
  server: BenchServer,
  neo4jPid: number | undefined,
  request: { query: string; variables: Record<string, unknown> },
  seconds: number,
  connections: number,
) {
  const before = { server: await cpuMs(server.pid), neo4j: neo4jPid ? await cpuMs(neo4jPid) : null };
  const result = await cannon(server.url, request, seconds, connections);
  const after = { server: await cpuMs(server.pid), neo4j: neo4jPid ? await cpuMs(neo4jPid) : null };
  const perRequest = (a: number | null, b: number | null) =>
    a === null || b === null || result.answered === 0 ? null : round((b - a) / result.answered, 2);
  return { ...result, cpuMsPerRequest: { server: perRequest(before.server, after.server), neo4j: perRequest(before.neo4j, after.neo4j) } };
}

export async function measureThroughput(
  servers: { ours: BenchServer; peer: BenchServer; neo4jPid?: number },
  query: SharedQuery,
  options: { seconds: number; connections: number; rounds: number; warmupSeconds: number },
  log: (line: string) => void,
): Promise<QueryThroughput> {
  const targets: [ServerName, BenchServer, 'ours' | 'peer'][] = [
    ['ours', servers.ours, 'ours'],
    ['peer', servers.peer, 'peer'],
  ];
  for (const [, server, side] of targets) await cannon(server.url, query[side], options.warmupSeconds, options.connections);
  const runs: CannonRun[] = [];
  const record = async (name: ServerName, server: BenchServer, side: 'ours' | 'peer', round: number) => {
    const { answered: _answered, ...run } = await measuredRun(server, servers.neo4jPid, query[side], options.seconds, options.connections);
    runs.push({ server: name, round, ...run });
    log(
      `${query.name}: ${name} round ${round}: ${run.requestsPerSecond} req/s, p50 ${run.p50} ms, p99 ${run.p99} ms, ` +
        `CPU per request: server ${run.cpuMsPerRequest.server} ms, Neo4j ${run.cpuMsPerRequest.neo4j} ms`,
    );
  };
  for (let round = 1; round <= options.rounds; round += 1) {
    for (const [name, server, side] of targets) await record(name, server, side, round);
  }
  const summary = (server: ServerName): RunSummary => {
    const mine = runs.filter((r) => r.server === server);
    const meanOf = (values: (number | null)[]) => (values.some((v) => v === null) ? null : round(mean(values as number[]), 2));
    return {
      requestsPerSecond: round(mean(mine.map((r) => r.requestsPerSecond))),
      p50: round(mean(mine.map((r) => r.p50))),
      p99: round(mean(mine.map((r) => r.p99))),
      cpuMsPerRequest: { server: meanOf(mine.map((r) => r.cpuMsPerRequest.server)), neo4j: meanOf(mine.map((r) => r.cpuMsPerRequest.neo4j)) },
    };
  };
  const ours = summary('ours');
  const peer = summary('peer');
  return { query: query.name, runs, ours, peer, ratio: ratio(ours.requestsPerSecond, peer.requestsPerSecond) };
}
