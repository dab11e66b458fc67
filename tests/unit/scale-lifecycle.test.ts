// The scale bench's clean-up (bench/scale/lifecycle.ts): each run stops what was added since the previous one, last
// added first, so every size's Neo4j and APIs are stopped, not only the first size's.
import { describe, expect, it } from 'vitest';
import { Cleanup } from '../../bench/lib/lifecycle.js';

describe('Cleanup', () => {
  it('stops, on each run, what was added since the last run, last added first', async () => {
    const stopped: string[] = [];
    const cleanup = new Cleanup('[test]');
    const add = (name: string) => cleanup.add(name, async () => stopped.push(name));
    add('neo4j 1000');
    add('api 1000');
    await cleanup.run();
    add('neo4j 10000');
    add('api 10000');
    await Promise.all([cleanup.run(), cleanup.run()]);
    expect(stopped).toEqual(['api 1000', 'neo4j 1000', 'api 10000', 'neo4j 10000']);
  });

  it('goes on with the other steps when one fails', async () => {
    const stopped: string[] = [];
    const cleanup = new Cleanup('[test]');
    cleanup.add('first', async () => stopped.push('first'));
    cleanup.add('failing', async () => {
      throw new Error('already gone');
    });
    await cleanup.run();
    expect(stopped).toEqual(['first']);
  });
});
