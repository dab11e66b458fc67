// A started JVM is always stopped: the hooks on exit and on SIGINT/SIGTERM for every JVM runner still alive.
import type { ChildProcessWithoutNullStreams } from 'node:child_process';

export type LiveJvm = { child: ChildProcessWithoutNullStreams; stop: () => Promise<void>; withdraw: () => void };

const liveJvms = new Set<LiveJvm>();
let exitHooksInstalled = false;

/** Tracks a started JVM until it stops (installs the hooks with the first one). */
export function track(jvm: LiveJvm): void {
  liveJvms.add(jvm);
  installExitHooks();
}

export function forget(jvm: LiveJvm): void {
  liveJvms.delete(jvm);
  if (liveJvms.size === 0) uninstallExitHooks();
}

// A started JVM is always stopped. On exit (synchronous, so no waiting): SIGTERM, and its stdin closes with us.
// On SIGINT/SIGTERM: stop cleanly, then exit the way the signal would have, unless the program handles that
// signal itself: then it owns the shutdown (the API finishes its requests before it calls stop()).
const onProcessExit = () => {
  for (const { child, withdraw } of liveJvms) {
    child.kill('SIGTERM');
    withdraw();
  }
};
const onSignal = (signal: NodeJS.Signals) => {
  if (process.listenerCount(signal) > 1) return;
  const exitCode = signal === 'SIGINT' ? 130 : 143;
  void Promise.allSettled([...liveJvms].map((jvm) => jvm.stop())).then(() => process.exit(exitCode));
};

function installExitHooks(): void {
  if (exitHooksInstalled) return;
  exitHooksInstalled = true;
  process.on('exit', onProcessExit);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

function uninstallExitHooks(): void {
  if (!exitHooksInstalled) return;
  exitHooksInstalled = false;
  process.off('exit', onProcessExit);
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
}
