// What the figures were measured on: they mean little without it.
import os from 'node:os';
import type { Driver } from 'neo4j-driver';

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  platform: string;
  node: string;
  neo4j: string;
  neo4jHeap: string;
  neo4jPageCache: string;
  /** 1-minute load average at the start and the end of the run: other work on the machine skews the figures. */
  loadAverage: { start: number; end: number };
}

export async function describeMachine(driver: Driver, memory: { heap: string; pageCache: string }): Promise<Machine> {
  const { records } = await driver.executeQuery('CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition');
  const component = records[0];
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    neo4j: component ? `${component.get('name')} ${component.get('version')} ${component.get('edition')}` : 'unknown',
    neo4jHeap: memory.heap,
    neo4jPageCache: memory.pageCache,
    loadAverage: { start: Math.round(os.loadavg()[0] * 100) / 100, end: Number.NaN },
  };
}

/** Total time, in µs, that some task on the machine waited for a CPU (Linux pressure stall information). */
export async function cpuStallMicros(): Promise<number | null> {
  const { readFile } = await import('node:fs/promises');
  const text = await readFile('/proc/pressure/cpu', 'utf8').catch(() => null);
  const match = text ? /^some .*total=(\d+)/m.exec(text) : null;
  return match ? Number(match[1]) : null;
}
