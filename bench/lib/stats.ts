// Summaries of measured durations: nearest-rank percentiles, so p99 of 300 samples is a sample that was seen.

export interface Summary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1];
}

export const median = (values: readonly number[]): number => percentile(values, 50);

export function summarize(values: readonly number[]): Summary {
  return {
    count: values.length,
    p50: round(percentile(values, 50)),
    p95: round(percentile(values, 95)),
    p99: round(percentile(values, 99)),
    max: round(values.length ? Math.max(...values) : Number.NaN),
    mean: round(values.length ? values.reduce((sum, v) => sum + v, 0) / values.length : Number.NaN),
  };
}

export function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export const ratio = (a: number, b: number): number => round(a / b, 2);
