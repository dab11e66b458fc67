// Turns the import's progress reports into a few readable lines: `[onet] technology requirements: 15,000/32,681 (45%)`.
import type { Progress } from './write.js';

/** One line when a phase ends, and at most one every `intervalMs` while a long one runs (never one at 0%). */
export function progressPrinter(print: (line: string) => void, intervalMs = 1000): (progress: Progress) => void {
  let lastPhase = '';
  let lastShown = 0;
  return ({ phase, done, total }) => {
    const now = performance.now();
    if (done === 0 && total > 0) return;
    if (phase === lastPhase && done !== total && now - lastShown < intervalMs) return;
    lastPhase = phase;
    lastShown = now;
    const percent = total === 0 ? 100 : Math.floor((100 * done) / total);
    print(`[onet] ${phase}: ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} (${percent}%)`);
  };
}
