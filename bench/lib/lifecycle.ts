// A bench's life cycle: what it started is stopped, last started first, when it ends, fails or is interrupted
// (SIGINT, SIGTERM), and the exit code says which. Messages start with the bench's tag (`[bench:scale]`).

/**
 * Stops what the run started, last started first. Each call stops what was added since the last one (a size's
 * Neo4j and APIs at the end of the size); calls made while one runs wait for it (a signal during a normal stop).
 */
export class Cleanup {
  private steps: { name: string; stop: () => Promise<unknown> }[] = [];
  private running: Promise<void> = Promise.resolve();

  constructor(private readonly tag: string) {}

  add(name: string, stop: () => Promise<unknown>): void {
    this.steps.push({ name, stop });
  }

  run(): Promise<void> {
    const steps = this.steps.reverse();
    this.steps = [];
    this.running = this.running.then(async () => {
      for (const step of steps) {
        await step.stop().catch((error: Error) => console.error(`${this.tag} could not stop ${step.name}: ${error.message}`));
      }
    });
    return this.running;
  }
}

/** Runs `main`, then stops what it started; on a signal, stops everything and exits 130 (SIGINT) or 143. */
export async function runStoppingEverything(tag: string, main: (cleanup: Cleanup) => Promise<void>): Promise<void> {
  const cleanup = new Cleanup(tag);
  let interruptedBy: NodeJS.Signals | undefined;
  const exitCode = (signal: NodeJS.Signals) => (signal === 'SIGINT' ? 130 : 143);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      interruptedBy = signal;
      console.error(`\n${tag} ${signal}: stopping everything the bench started...`);
      void cleanup.run().then(() => process.exit(exitCode(signal)));
    });
  }
  try {
    await main(cleanup);
    await cleanup.run();
  } catch (error) {
    // After a signal, the work fails because its servers went away: that is the stop, not a failure to report.
    if (!interruptedBy) console.error(`\n${tag} failed: ${(error as Error).stack ?? error}`);
    await cleanup.run();
    process.exit(interruptedBy ? exitCode(interruptedBy) : 1);
  }
}
