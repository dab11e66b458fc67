// A bad setting reads like help: which one, what is wrong, the value given (never a secret's), how to fix it; every
// entry point that loads the configuration says so and exits with EX_CONFIG (78), with no stack trace. Also the
// browser tests' one-line answer on a machine without Chromium.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONFIG_ERROR_EXIT_CODE, ConfigError, loadConfig } from '../../src/config.js';
import { chromiumExecutable, MissingBrowserError } from '../support/browser.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

describe('loadConfig on a bad setting', () => {
  it('names the setting, the rule, the value given and a fix', () => {
    expect(configError({ PORT: 'eighty' }).problems).toEqual([
      'PORT: must be a port number from 1 to 65535; it is "eighty". Fix: choose a free port, for example PORT=4001, or unset it for 4000.',
    ]);
    expect(configError({ NEO4J_BOLT_PORT: '70000' }).problems[0]).toMatch(/^NEO4J_BOLT_PORT: must be a port number from 1 to 65535; it is "70000"\./);
  });

  it("gives a short JWT_SECRET's length, never its value, and the command that makes a good one", () => {
    const error = configError({ NODE_ENV: 'production', JWT_SECRET: 'hunter2-hunter2' });
    expect(error.problems).toEqual([
      'JWT_SECRET: must be at least 32 characters (HS256 needs a long secret); it has 15. Fix: generate one with ' +
        '`export JWT_SECRET=$(openssl rand -hex 32)` (and give the API and `npm run token` the same), or unset it: ' +
        'curation mutations are then refused.',
    ]);
    expect(error.message).not.toContain('hunter2');
  });

  it('asks for a bolt:// or neo4j:// NEO4J_URI, and hides the credentials of the one given', () => {
    const [problem] = configError({ NEO4J_URI: 'http://alice:s3cret@db.example:7474' }).problems;
    expect(problem).toBe(
      'NEO4J_URI: must be a neo4j:// or bolt:// URI (+s or +ssc for TLS); it is "http://***@db.example:7474". ' +
        'Fix: for example NEO4J_URI=bolt://127.0.0.1:7687 (neo4j+s:// with TLS), or unset it and the API starts a Neo4j of its own.',
    );
    expect(() => loadConfig({ NEO4J_URI: 'neo4j+s://db.example:7687' })).not.toThrow();
  });

  it('lists every bad setting at once, then where all settings are described', () => {
    const error = configError({ PORT: '0', GRAPHIQL: 'yes', NEO4J_HEAP: 'lots', MAX_DEPTH: '-1' });
    expect(error.problems.map((problem) => problem.split(':')[0])).toEqual(['PORT', 'NEO4J_HEAP', 'GRAPHIQL', 'MAX_DEPTH']);
    expect(error.problems[1]).toBe(
      'NEO4J_HEAP: must be a size in megabytes or gigabytes, such as 512m or 2g; it is "lots". Fix: for example NEO4J_HEAP=2g, or unset it for 1g.',
    );
    expect(error.problems[2]).toBe('GRAPHIQL: must be true or false (or 1 or 0); it is "yes". Fix: correct GRAPHIQL, or unset it for its default.');
    expect(error.message.split('\n')).toEqual([
      'The configuration is not valid (4 settings):',
      ...error.problems.map((problem) => `  ${problem}`),
      "Settings are environment variables; the README's Configuration section lists each one and its default.",
    ]);
  });

  it('accepts an empty environment: the defaults work on a fresh machine', () => {
    expect(loadConfig({}).port).toBe(4000);
  });
});

describe('entry points on a bad setting', () => {
  const entryPoints = [
    ['npm start', 'src/main.ts'],
    ['npm run seed', 'src/seed/cli.ts'],
    ['npm run import:onet', 'src/import/onet/cli.ts'],
    ['npm run neo4j', 'src/db/neo4j-cli.ts'],
    ['npm run token', 'scripts/token.ts'],
  ];

  it.each(entryPoints)('%s prints the help and exits 78, with no stack trace and nothing started', (_, entry) => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', entry], {
      cwd: REPO,
      env: { ...process.env, PORT: 'eighty', NEO4J_URI: 'http://localhost:7474' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(CONFIG_ERROR_EXIT_CODE);
    expect(result.stderr.trim().split('\n')).toEqual([
      'The configuration is not valid (2 settings):',
      expect.stringMatching(/^ {2}PORT: must be a port number from 1 to 65535; it is "eighty"\. Fix: /),
      expect.stringMatching(/^ {2}NEO4J_URI: must be a neo4j:\/\/ or bolt:\/\/ URI .*\. Fix: /),
      "Settings are environment variables; the README's Configuration section lists each one and its default.",
    ]);
    expect(result.stdout).toBe('');
  });
});

describe('the browser tests on a machine without Chromium', () => {
  it('say in one line how to install it', () => {
    expect(() => chromiumExecutable({}, '/nonexistent/chromium')).toThrow(new MissingBrowserError('/nonexistent/chromium', false));
    expect(new MissingBrowserError('/nonexistent/chromium', false).message).toBe(
      'The browser tests need Chromium at /nonexistent/chromium: install it with `apt-get install -y chromium` (as root), ' +
        'or set CHROMIUM to the path of a Chromium or Chrome executable.',
    );
  });

  it('name the CHROMIUM path that does not exist, and use the one that does', () => {
    expect(() => chromiumExecutable({ CHROMIUM: '/nonexistent/chrome' })).toThrow(/^CHROMIUM is set to \/nonexistent\/chrome, which does not exist/);
    expect(chromiumExecutable({ CHROMIUM: process.execPath }, '/nonexistent/chromium')).toBe(process.execPath);
  });
});
