// The bench's life cycle: what it started is stopped, last started first, when it ends, fails or is interrupted
// (SIGINT, SIGTERM), and the exit code says which.
const tag = '[bench:scale]';

/** Stops what the run started, last started first; safe to call twice (a signal during a normal stop). */
export class Cleanup {
  private readonly steps: { name: string; stop: () => Promise<unknown> }[] = [];
  private running?: Promise<void>;

  add(name: string, stop: () => Promise<unknown>): void {
    this.steps.push({ name, stop });
  }

  run(): Promise<void> {
    return (this.running ??= (async () => {
      for (const step of this.steps.reverse()) {
        await step.stop().catch((error: Error) => console.error(`${tag} could not stop ${step.name}: ${error.message}`));
      }
    })());
  }
}

/** Runs `main`, then stops what it started; on a signal, stops everything and exits 130 (SIGINT) or 143. */
export async function runStoppingEverything(main: (cleanup: Cleanup) => Promise<void>): Promise<void> {
  const cleanup = new Cleanup();
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
