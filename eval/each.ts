// Runs the eval's many independent requests a few at a time, with a progress line every tenth.

/** Requests in flight at once: enough to keep Neo4j busy on two cores without crowding the machine. */
export const CONCURRENCY = 4;

export const log = (line: string) => console.error(`[eval] ${line}`);

/** Runs `work` over `items`, `CONCURRENCY` at a time, with a progress line every tenth. */
export async function forEach<T>(label: string, items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let done = 0;
  const step = Math.max(1, Math.floor(items.length / 10));
  const worker = async () => {
    while (next < items.length) {
      await work(items[next++]);
      done += 1;
      if (done % step === 0) log(`${label}: ${done}/${items.length}`);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}
