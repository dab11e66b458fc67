// The O*NET importer's command line: the folder, the threshold from a flag or the environment, and bad options named.
import { describe, expect, it } from 'vitest';
import { parseCliOptions } from '../../src/import/onet/options.js';

describe('parseCliOptions', () => {
  it('reads the folder and the defaults', () => {
    expect(parseCliOptions(['/data/db_29_3_text'])).toEqual({ folder: '/data/db_29_3_text', importanceThreshold: 3, aliasCap: 60, batchSize: 2500 });
  });

  it('takes the threshold from --importance-threshold over ONET_IMPORTANCE_THRESHOLD', () => {
    expect(parseCliOptions(['x'], { ONET_IMPORTANCE_THRESHOLD: '3.5' }).importanceThreshold).toBe(3.5);
    expect(parseCliOptions(['x', '--importance-threshold', '4'], { ONET_IMPORTANCE_THRESHOLD: '3.5' }).importanceThreshold).toBe(4);
    expect(parseCliOptions(['--importance-threshold=2.5', 'x']).importanceThreshold).toBe(2.5);
  });

  it('names the bad option and its allowed range', () => {
    expect(() => parseCliOptions(['x', '--importance-threshold', 'high'])).toThrow('--importance-threshold must be a number from 1 to 5, got "high"');
    expect(() => parseCliOptions(['x'], { ONET_IMPORTANCE_THRESHOLD: '9' })).toThrow(
      'ONET_IMPORTANCE_THRESHOLD must be a number from 1 to 5, got "9"',
    );
    expect(() => parseCliOptions(['a', 'b'])).toThrow('expected one folder, got 2');
    expect(() => parseCliOptions(['x', '--fast'])).toThrow('unknown option --fast');
    expect(() => parseCliOptions(['x', '--batch-size', '0'])).toThrow('--batch-size must be a whole number from 1 to 50000, got "0"');
  });
});
