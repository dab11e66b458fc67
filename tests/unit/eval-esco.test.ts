// The ESCO yardsticks of `npm run eval` (eval/esco-yardsticks.ts), no database: what each answer is measured against.
import { describe, expect, it } from 'vitest';
import {
  cappedRecallAt,
  chanceCappedRecallAt,
  crosswalkLinks,
  crosswalkRelated,
  labelsOfOneOccupation,
  occupationFamilies,
  parseOccupationLabels,
  unitGroupPeers,
} from '../../eval/esco-yardsticks.js';

const OCC = 'http://data.europa.eu/esco/occupation/';
// The published layout: quoted multi-line labels, CRLF records, columns the yardsticks do not read.
const OCCUPATIONS = [
  'conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,hiddenLabels,status,code',
  `Occupation,${OCC}dev,2512,software developer,"programmer\nApp Builder\nsoftware developer",,released,2512.4`,
  `Occupation,${OCC}web,2513,web developer,"programmer\nweb designer",webdev,released,2513.2`,
  `Occupation,${OCC}ict,2512,ICT application developer,"app builder",,released,2512.1`,
  `Occupation,${OCC}gp,2211,general practitioner,"family doctor","doctor\nGP\nweb designer",released,2211.1`,
  `Occupation,${OCC}surgeon,2212,surgeon,,"doctor",released,2212.1`,
].join('\r\n');

const HIERARCHY = [
  'conceptType,conceptUri,broaderType,broaderUri',
  'ISCOGroup,http://data.europa.eu/esco/isco/C2512,ISCOGroup,http://data.europa.eu/esco/isco/C251',
  `Occupation,${OCC}dev,ISCOGroup,http://data.europa.eu/esco/isco/C2512`,
  `Occupation,${OCC}ict,Occupation,${OCC}dev`,
  `Occupation,${OCC}web,Occupation,${OCC}dev`,
].join('\r\n');

const NESTA = [
  'id,esco_occupation,isco_code,onet_code,onet_occupation,matching_job_titles,semantic_similarity,confidence,concept_uri',
  `1,software developer,2512,15-1132.00,software developers applications,"['software developer']",0.9,2.0,${OCC}dev`,
  `2,web developer,2513,15-1134.00,web developers,"['web developer']",0.9,2.0,${OCC}web`,
  `3,general practitioner,2211,29-1062.00,family and general practitioners,"[]",0.8,1.0,${OCC}gp`,
].join('\n');
const ONET_2010_TO_2019 = [
  'O*NET-SOC 2010 Code,O*NET-SOC 2010 Title,O*NET-SOC 2019 Code,O*NET-SOC 2019 Title',
  '15-1132.00,"Software Developers, Applications",15-1252.00,Software Developers',
  '15-1134.00,Web Developers,15-1254.00,Web Developers',
  '15-1134.00,Web Developers,15-1255.00,Web and Digital Interface Designers',
  '29-1062.00,Family and General Practitioners,29-1215.00,Family Medicine Physicians',
].join('\n');

describe('the ESCO yardsticks', () => {
  const occupations = parseOccupationLabels(OCCUPATIONS);

  it('reads labels one a line from quoted fields in CRLF records', () => {
    expect(occupations.map((o) => [o.uri.slice(OCC.length), o.iscoGroup, o.label, o.altLabels, o.hiddenLabels])).toEqual([
      ['dev', '2512', 'software developer', ['programmer', 'App Builder', 'software developer'], []],
      ['web', '2513', 'web developer', ['programmer', 'web designer'], ['webdev']],
      ['ict', '2512', 'ICT application developer', ['app builder'], []],
      ['gp', '2211', 'general practitioner', ['family doctor'], ['doctor', 'GP', 'web designer']],
      ['surgeon', '2212', 'surgeon', [], ['doctor']],
    ]);
  });

  it('names a missing column and its file', () => {
    expect(() => parseOccupationLabels('conceptUri,iscoGroup,preferredLabel\r\nx,1,y')).toThrow('occupations_en.csv: no column "altLabels"');
  });

  it('relates occupations directly broader or narrower in ESCO, both ways, but not through ISCO groups', () => {
    const families = occupationFamilies(HIERARCHY);
    expect([...families.get(`${OCC}dev`)!]).toEqual([`${OCC}ict`, `${OCC}web`]);
    expect([...families.get(`${OCC}web`)!]).toEqual([`${OCC}dev`]);
    expect(families.has('http://data.europa.eu/esco/isco/C2512')).toBe(false);
  });

  it('relates the occupations of one ISCO unit group, not an occupation to itself', () => {
    const peers = unitGroupPeers(occupations);
    expect([...peers.get(`${OCC}dev`)!]).toEqual([`${OCC}ict`]);
    expect(peers.get(`${OCC}web`)!.size).toBe(0);
  });

  it('links through both crosswalks, keeping every target of a split 2010 code', () => {
    const links = crosswalkLinks(NESTA, ONET_2010_TO_2019);
    expect([...links.get(`${OCC}web`)!]).toEqual(['onet-15-1254-00', 'onet-15-1255-00']);
    expect([...links.get(`${OCC}dev`)!]).toEqual(['onet-15-1252-00']);
  });

  it('relates ESCO occupations linked to the same O*NET occupation or to one O*NET lists as Primary-Short related', () => {
    const links = crosswalkLinks(NESTA, ONET_2010_TO_2019);
    const related = crosswalkRelated(links, new Map([['onet-15-1252-00', ['onet-15-1255-00']]]));
    expect([...related.get(`${OCC}dev`)!]).toEqual([`${OCC}web`]);
    // O*NET's list is one-way: Web and Digital Interface Designers list no related occupation here.
    expect(related.has(`${OCC}web`)).toBe(false);
    expect(related.has(`${OCC}gp`)).toBe(false);
  });

  it('keeps alternative labels of one occupation, and hidden labels no occupation shows and only one hides', () => {
    const { alternative, hidden } = labelsOfOneOccupation(occupations);
    // "programmer" names two occupations, "app builder" two (ignoring case), "software developer" is dev's own label.
    expect(alternative.map((q) => [q.label, q.uri.slice(OCC.length)])).toEqual([
      ['web designer', 'web'],
      ['family doctor', 'gp'],
    ]);
    // "doctor" is hidden by two occupations, "web designer" is shown by one.
    expect(hidden.map((q) => [q.label, q.uri.slice(OCC.length)])).toEqual([
      ['webdev', 'web'],
      ['GP', 'gp'],
    ]);
  });

  it('counts recall in the first k out of at most k, and its value for a random answer', () => {
    expect(cappedRecallAt(['a', 'x', 'b'], new Set(['a', 'b', 'c']), 2)).toBe(0.5);
    expect(cappedRecallAt(['a', 'b'], new Set(['a', 'b', 'c']), 2)).toBe(1);
    expect(cappedRecallAt(['a'], new Set(), 2)).toBe(0);
    // 3 relevant among 100 others, 10 drawn: 0.3 expected hits, out of 3.
    expect(chanceCappedRecallAt(3, 100, 10)).toBeCloseTo(0.1);
    // 50 relevant among 100 others: 5 expected hits, out of 10.
    expect(chanceCappedRecallAt(50, 100, 10)).toBeCloseTo(0.5);
  });
});
