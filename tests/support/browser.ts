// Headless Chromium for the browser tests: Debian's package (a browser download by a test tool is not possible on
// our machines), or the executable named by CHROMIUM. A machine without one gets a one-line answer saying how to
// install it, not Playwright's "executable doesn't exist".
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export class MissingBrowserError extends Error {
  constructor(executable: string, fromEnv: boolean) {
    super(
      fromEnv
        ? `CHROMIUM is set to ${executable}, which does not exist: point it at a Chromium or Chrome executable, or unset it to use ${DEFAULT_CHROMIUM}.`
        : `The browser tests need Chromium at ${executable}: install it with \`apt-get install -y chromium\` (as root), or set CHROMIUM to the path of a Chromium or Chrome executable.`,
    );
    this.name = 'MissingBrowserError';
    // The message is the whole story: no stack under it.
    this.stack = `${this.name}: ${this.message}`;
  }
}

/** The Chromium executable the tests use; throws MissingBrowserError when there is none. */
export function chromiumExecutable(env: NodeJS.ProcessEnv = process.env, defaultPath = DEFAULT_CHROMIUM): string {
  const fromEnv = env.CHROMIUM !== undefined && env.CHROMIUM !== '';
  const executable = fromEnv ? env.CHROMIUM! : defaultPath;
  if (!existsSync(executable)) throw new MissingBrowserError(executable, fromEnv);
  return executable;
}

export interface TestBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A headless Chromium with a throwaway profile (downloads allowed), closed and removed by close(). */
export async function launchChromium(viewport = { width: 1200, height: 900 }): Promise<TestBrowser> {
  const executablePath = chromiumExecutable();
  const profileDir = await mkdtemp(path.join(tmpdir(), 'test-chromium-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport,
    acceptDownloads: true,
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(profileDir, { recursive: true, force: true });
    },
  };
}
