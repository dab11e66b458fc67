// The search yardstick's title set (eval/search.ts), no database: which alternate titles belong to one occupation.
import { describe, expect, it } from 'vitest';
import { titlesOfOneOccupation } from '../../eval/search.js';

const FILE = [
  'O*NET-SOC Code\tTitle\tAlternate Title\tShort Title\tSource(s)',
  '15-1252.00\tSoftware Developers\tEmbedded Engineer\t\t08',
  '15-1252.00\tSoftware Developers\tApp Builder\t\t08',
  '15-1299.07\tBlockchain Engineers\tFirmware Engineer\t\t08',
  '15-1299.08\tComputer Systems Engineers/Architects\tfirmware engineer\t\t08',
  '15-1299.08\tComputer Systems Engineers/Architects\tSoftware Developers\t\t08',
  '',
].join('\n');
const OCCUPATIONS = new Map([
  ['15-1252.00', 'Software Developers'],
  ['15-1299.07', 'Blockchain Engineers'],
  ['15-1299.08', 'Computer Systems Engineers/Architects'],
]);

describe('the search yardstick', () => {
  it('keeps alternate titles of exactly one occupation, ignoring case, and not another occupation’s own title', () => {
    expect(titlesOfOneOccupation(FILE, OCCUPATIONS)).toEqual([
      { title: 'Embedded Engineer', roleId: 'onet-15-1252-00' },
      { title: 'App Builder', roleId: 'onet-15-1252-00' },
    ]);
  });
});
