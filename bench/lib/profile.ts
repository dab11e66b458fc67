// PROFILE of the statement that dominates each query, on its slowest sample (slow through the API and through the
// driver alike): the plan's total db hits and the operators that did the most work, so a slow statement can be
// named and explained.
import type { Driver } from 'neo4j-driver';
import type { QueryCase } from './cases.js';
import type { CaseLatency } from './latency.js';
import { RawReader } from './raw.js';
import { round } from './stats.js';

interface PlanNode {
  operatorType: string;
  dbHits: number;
  rows: number;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

export interface StatementProfile {
  query: string;
  sample: number;
  statement: string;
  /** Wall time of the profiled run (PROFILE itself adds some). */
  ms: number;
  totalDbHits: number;
  runtime: string;
  memoryBytes: number | null;
  /** The operators with the most db hits. */
  topOperators: { operator: string; rows: number; dbHits: number; details: string }[];
}

function flatten(node: PlanNode): PlanNode[] {
  return [node, ...node.children.flatMap(flatten)];
}

export function summarizePlan(query: string, sample: number, statement: string, plan: PlanNode, ms: number): StatementProfile {
  const nodes = flatten(plan);
  return {
    query,
    sample,
    statement,
    ms: round(ms),
    totalDbHits: nodes.reduce((sum, n) => sum + n.dbHits, 0),
    runtime: String(plan.arguments.runtime ?? plan.arguments['runtime-impl'] ?? ''),
    memoryBytes: typeof plan.arguments.GlobalMemory === 'number' ? plan.arguments.GlobalMemory : null,
    topOperators: [...nodes]
      .sort((a, b) => b.dbHits - a.dbHits)
      .slice(0, 3)
      .map((n) => ({
        operator: n.operatorType.replace(/@.*$/, ''),
        rows: n.rows,
        dbHits: n.dbHits,
        details: String(n.arguments.Details ?? '')
          .replace(/\s+/g, ' ')
          .slice(0, 160),
      })),
  };
}

/** Re-runs each case's slowest sample through the driver with PROFILE on its dominant statement. */
export async function profileSlowest(
  driver: Driver,
  database: string | undefined,
  cases: QueryCase[],
  latency: CaseLatency[],
): Promise<StatementProfile[]> {
  const profiles: StatementProfile[] = [];
  for (const queryCase of cases) {
    const measured = latency.find((l) => l.name === queryCase.name);
    const dominant = measured?.statements.slice().sort((a, b) => b.medianMs - a.medianMs)[0];
    const slowest = measured?.slowest[0];
    if (!dominant || !slowest) continue;
    const reader = new RawReader(driver, database, new Set([dominant.name]));
    await queryCase.raw(reader, slowest.sample);
    const profiled = reader.profiles.get(dominant.name);
    if (profiled) profiles.push(summarizePlan(queryCase.name, slowest.sample, dominant.name, profiled.plan as PlanNode, profiled.ms));
  }
  return profiles;
}
