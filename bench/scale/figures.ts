// What docs/scale.md reports for each size: the figures, the targets at 100,000 roles, and their formats.
import { apiPeakOf, routeApiPeakOf, type SizeResult } from './results.js';

const GiB = 2 ** 30;
const MiB = 2 ** 20;
export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
export const memory = (bytes: number) => (bytes >= GiB ? `${(bytes / GiB).toFixed(2)} GiB` : `${Math.round(bytes / MiB)} MiB`);
export const ms = (n: number) => (Number.isNaN(n) ? '-' : `${n} ms`);
export const sizeLabel = (roles: number) => (roles >= 1000 && roles % 1000 === 0 ? `${roles / 1000}k` : String(roles));

export interface Figure {
  name: string;
  value(r: SizeResult): number;
  format(n: number): string;
}

export const QUERY_NAMES = [
  'careerPaths STEPS first 1',
  'careerPaths MONTHS first 5',
  'careerPaths SKILLS_TO_LEARN first 3',
  'careerPaths MONTHS first 5, in-API route engine',
  'careerPaths SKILLS_TO_LEARN first 3, in-API route engine',
  'nextRoles first 5',
  'similarRoles first 10',
  'recommendRoles first 10',
];
export const caseOf = (r: SizeResult, name: string) => r.cases.find((c) => c.name === name);

export const FIGURES: Figure[] = [
  { name: 'import, wall time', value: (r) => r.import.wallMs, format: seconds },
  { name: 'import, peak RSS of the importer (Node)', value: (r) => r.import.importerPeakRssBytes, format: memory },
  { name: 'API, peak RSS (Node)', value: apiPeakOf, format: memory },
  { name: 'API with ROUTE_ENGINE=api, peak RSS (Node)', value: routeApiPeakOf, format: memory },
  { name: 'Neo4j, peak RSS of the JVM', value: (r) => r.jvmPeakRssBytes, format: memory },
  { name: 'store on disk', value: (r) => r.storeBytes, format: memory },
  ...QUERY_NAMES.flatMap((name): Figure[] => [
    { name: `${name}, p50`, value: (r) => caseOf(r, name)?.latency.p50 ?? Number.NaN, format: ms },
    { name: `${name}, p95`, value: (r) => caseOf(r, name)?.latency.p95 ?? Number.NaN, format: ms },
  ]),
  {
    name: 'similarRoles, first request (builds the model, or fails)',
    value: (r) => caseOf(r, 'similarRoles first 10')?.coldMs ?? Number.NaN,
    format: ms,
  },
];

export interface Target {
  name: string;
  /** The query whose errors count against the target, for a latency target. */
  caseName?: string;
  limit: number;
  value(r: SizeResult): number;
  format(n: number): string;
  limitText: string;
}

export const TARGETS: Target[] = [
  {
    name: 'careerPaths STEPS first 1, p95',
    caseName: 'careerPaths STEPS first 1',
    limit: 50,
    limitText: '< 50 ms',
    value: (r) => caseOf(r, 'careerPaths STEPS first 1')?.latency.p95 ?? Number.NaN,
    format: ms,
  },
  {
    name: 'careerPaths MONTHS first 5, p95 (career.routes procedure)',
    caseName: 'careerPaths MONTHS first 5',
    limit: 250,
    limitText: '< 250 ms',
    value: (r) => caseOf(r, 'careerPaths MONTHS first 5')?.latency.p95 ?? Number.NaN,
    format: ms,
  },
  {
    name: 'careerPaths MONTHS first 5, p95 (in-API route engine)',
    caseName: 'careerPaths MONTHS first 5, in-API route engine',
    limit: 250,
    limitText: '< 250 ms',
    value: (r) => caseOf(r, 'careerPaths MONTHS first 5, in-API route engine')?.latency.p95 ?? Number.NaN,
    format: ms,
  },
  {
    name: 'similarRoles first 10, p95',
    caseName: 'similarRoles first 10',
    limit: 200,
    limitText: '< 200 ms',
    value: (r) => caseOf(r, 'similarRoles first 10')?.latency.p95 ?? Number.NaN,
    format: ms,
  },
  {
    name: 'recommendRoles first 10, p95',
    caseName: 'recommendRoles first 10',
    limit: 200,
    limitText: '< 200 ms',
    value: (r) => caseOf(r, 'recommendRoles first 10')?.latency.p95 ?? Number.NaN,
    format: ms,
  },
  { name: 'import, wall time', limit: 5 * 60_000, limitText: '< 5 min', value: (r) => r.import.wallMs, format: seconds },
  {
    name: 'peak RSS, Node (importer or an API, the largest)',
    limit: 2 * GiB,
    limitText: '< 2 GiB',
    value: (r) => Math.max(r.import.importerPeakRssBytes, apiPeakOf(r), routeApiPeakOf(r) || 0),
    format: memory,
  },
  { name: 'peak RSS, the JVM', limit: 4 * GiB, limitText: '< 4 GiB', value: (r) => r.jvmPeakRssBytes, format: memory },
];
