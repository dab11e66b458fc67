// Mapping a parsed release onto the graph: ids, the importance threshold, aliases, technologies that land on
// curated skills (the links into the curated ladder: onet-curated-links.test.ts).
import { describe, expect, it } from 'vitest';
import { attribution, mapRelease } from '../../src/import/onet/mapping.js';
import { slugify } from '../../src/domain/slugs.js';
import { DEFAULT_MAPPING, onetFixtureRelease } from '../support/onet-fixture-release.js';
import { elementSkillId, occupationId, releaseSourceId, technologyId } from '../../src/import/onet/slug.js';

const fixtureRelease = onetFixtureRelease;
const defaults = DEFAULT_MAPPING;

describe('ids', () => {
  it('turns SOC codes, element names and versions into readable slugs', () => {
    expect(occupationId('15-1252.00')).toBe('onet-15-1252-00');
    expect(elementSkillId('skill', 'Reading Comprehension')).toBe('onet-skill-reading-comprehension');
    expect(elementSkillId('knowledge', 'Computers and Electronics')).toBe('onet-knowledge-computers-and-electronics');
    expect(elementSkillId('knowledge', 'Law & Government')).toBe('onet-knowledge-law-and-government');
    expect(releaseSourceId('29.3')).toBe('onet-29-3');
    expect(slugify('  Café  Société!! ')).toBe('cafe-societe');
  });

  it.each([
    ['Python', 'python'],
    ['C++', 'cpp'],
    ['C#', 'csharp'],
    ['F#', 'fsharp'],
    ['Microsoft Visual C++', 'microsoft-visual-cpp'],
    ['Microsoft .NET Framework', 'microsoft-dotnet-framework'],
    ['.NET', 'dotnet'],
    ['ASP.NET', 'asp-dotnet'],
    ['Notepad++', 'notepad-plus-plus'],
    ['Node.js', 'node-js'],
    ['TensorFlow', 'tensorflow'],
    ['AT&T Wireless', 'at-and-t-wireless'],
    ['ABC Inc. Sketch@Home', 'abc-inc-sketch-at-home'],
  ])('technology %s -> %s', (name, id) => {
    expect(technologyId(name)).toBe(id);
  });
});

describe('mapRelease', () => {
  it('maps occupations to roles with SOC code, job zone and deduplicated aliases', () => {
    const graph = mapRelease(fixtureRelease(), defaults);
    expect(graph.roles).toHaveLength(8);
    expect(graph.roles[0]).toEqual({
      id: 'onet-15-1252-00',
      props: {
        title: 'Application Builders',
        description: 'Design and build application software for devices and services.',
        socCode: '15-1252.00',
        jobZone: 4,
        // Most-cited titles first; the title itself and a repeat in other case are left out.
        aliases: ['Mobile Application Builder (MAB)', 'MAB', 'Embedded Software Engineer', 'App Builder'],
        alternateTitles: ['Mobile Application Builder (MAB)', 'MAB', 'Embedded Software Engineer', 'App Builder'],
        source: 'onet',
        derivation: null,
      },
    });
    expect(graph.roles.find((r) => r.id === 'onet-49-9101-00')!.props.jobZone).toBeNull();
  });

  it('caps aliases per role and counts what it left out', () => {
    const graph = mapRelease(fixtureRelease(), { ...defaults, aliasCap: 2 });
    expect(graph.roles[0].props.aliases).toEqual(['Mobile Application Builder (MAB)', 'MAB']);
    // The cap is for display only: search still covers every alternate title.
    expect(graph.roles[0].props.alternateTitles).toHaveLength(4);
    expect(graph.stats).toMatchObject({ rolesWithCappedAliases: 1, aliasesLeftOut: 2 });
  });

  it('links skills and knowledge at or above the importance threshold, skipping suppressed and not relevant ratings', () => {
    const graph = mapRelease(fixtureRelease(), defaults);
    expect(graph.elementSkills.map((s) => s.id).sort()).toEqual([
      'onet-knowledge-circuit-theory',
      'onet-knowledge-data-handling',
      'onet-knowledge-records-law',
      'onet-skill-careful-reading',
      'onet-skill-systems-debugging',
      'onet-skill-team-coordination',
    ]);
    expect(graph.elementSkills.find((s) => s.id === 'onet-skill-systems-debugging')!.props).toEqual({
      name: 'Systems Debugging',
      category: 'SKILL',
      description: 'Finding the cause of a fault in a system and fixing it.',
      onetElementId: '2.A.1.b',
      aliases: [],
      source: 'onet',
    });
    expect(graph.requiredSkills).toHaveLength(22);
    // Importance exactly at the threshold counts; 2.9 does not.
    const builders = graph.requiredSkills
      .filter((l) => l.from === 'onet-15-1252-00')
      .map((l) => l.to)
      .sort();
    expect(builders).toEqual(['onet-knowledge-data-handling', 'onet-skill-careful-reading', 'onet-skill-systems-debugging']);
    expect(graph.requiredSkills.find((l) => l.from === 'onet-15-1252-00' && l.to === 'onet-skill-careful-reading')!.props).toEqual({
      importance: 'REQUIRED',
      importanceScore: 3,
      level: 3.5,
      source: 'onet',
      derivation: null,
    });
    // Circuit Designers' Team Coordination (3.2) is suppressed; Bench Technicians' (3.3) is not relevant.
    expect(graph.requiredSkills.some((l) => l.to === 'onet-skill-team-coordination' && ['onet-17-9101-00', 'onet-17-9201-00'].includes(l.from))).toBe(
      false,
    );
    expect(graph.stats).toMatchObject({ belowThreshold: 18, suppressedOrNotRelevant: 2 });
  });

  it('keeps fewer links with a higher threshold', () => {
    expect(mapRelease(fixtureRelease(), { ...defaults, importanceThreshold: 4.0 }).requiredSkills).toHaveLength(8);
    expect(mapRelease(fixtureRelease(), { ...defaults, importanceThreshold: 1.0 }).requiredSkills).toHaveLength(40);
  });

  it('maps technologies to skills that Python and C++ share with the curated seed, flags combined over rows', () => {
    const graph = mapRelease(fixtureRelease(), defaults);
    expect(graph.technologySkills.map((s) => s.id).sort()).toEqual([
      'circuit-sketcher',
      'cpp',
      'csharp',
      'ledger-sheets',
      'python',
      'trace-scope-studio',
    ]);
    expect(graph.technologySkills.find((s) => s.id === 'circuit-sketcher')!.props).toEqual({
      name: 'Circuit Sketcher',
      category: 'TECHNOLOGY',
      aliases: [],
      commodityCode: '43232604',
      commodityTitle: 'Computer aided design CAD software',
      isHotTechnology: false,
      isInDemand: true,
      source: 'onet',
    });
    expect(graph.technologyRequirements).toHaveLength(12);
    expect(graph.technologyRequirements.find((l) => l.from === 'onet-17-9102-00' && l.to === 'python')!.props).toEqual({
      importance: 'DIFFERENTIATING',
      isHotTechnology: true,
      isInDemand: false,
      source: 'onet',
    });
  });

  it('merges spellings that share an id into one skill, named by the most frequent spelling', () => {
    const release = fixtureRelease();
    release.technologies.push({ ...release.technologies[0], soc: '15-9101.00', example: 'PYTHON' });
    const graph = mapRelease(release, defaults);
    const python = graph.technologySkills.find((s) => s.id === 'python')!;
    expect(python.props).toMatchObject({ name: 'Python', aliases: ['PYTHON'] });
    expect(graph.stats.technologySpellingsMerged).toBe(1);
    // Data Wranglers already list Python: still one relationship.
    expect(graph.technologyRequirements.filter((l) => l.from === 'onet-15-9101-00' && l.to === 'python')).toHaveLength(1);
  });

  it('puts each technology in its commodity class: one TECHNOLOGY_CLASS skill per class, PART_OF from each technology', () => {
    const graph = mapRelease(fixtureRelease(), defaults);
    expect(graph.technologyClasses.map((c) => [c.id, c.props.name])).toEqual([
      ['onet-class-43232110', 'Spreadsheet software'],
      ['onet-class-43232402', 'Program testing software'],
      ['onet-class-43232405', 'Object or component oriented development software'],
      ['onet-class-43232604', 'Computer aided design CAD software'],
    ]);
    expect(graph.technologyClasses[2].props).toEqual({
      name: 'Object or component oriented development software',
      category: 'TECHNOLOGY_CLASS',
      description: 'Technologies O*NET classifies as Object or component oriented development software (UNSPSC commodity 43232405).',
      commodityCode: '43232405',
      aliases: [],
      source: 'onet',
    });
    // Rows for python and cpp too: the write leaves out the technologies the curated seed owns.
    expect(graph.technologyAreas.map((l) => [l.from, l.to]).sort()).toEqual([
      ['circuit-sketcher', 'onet-class-43232604'],
      ['cpp', 'onet-class-43232405'],
      ['csharp', 'onet-class-43232405'],
      ['ledger-sheets', 'onet-class-43232110'],
      ['python', 'onet-class-43232405'],
      ['trace-scope-studio', 'onet-class-43232402'],
    ]);
    expect(graph.technologyAreas[0].props).toEqual({ source: 'onet' });
  });

  it('names a class by its code when the release leaves out the commodity title', () => {
    const release = fixtureRelease();
    for (const t of release.technologies) if (t.example === 'Ledger Sheets') t.commodityTitle = null;
    const spreadsheet = mapRelease(release, defaults).technologyClasses.find((c) => c.id === 'onet-class-43232110')!;
    expect(spreadsheet.props.name).toBe('UNSPSC commodity 43232110');
  });

  it('derives REQUIRED skills for the occupation without ratings from the most similar rated ones', () => {
    const graph = mapRelease(fixtureRelease(), defaults);
    // Device Repairers: no ratings, no technologies, no job zone. Only two rated occupations share a word: Application
    // Builders ("devices", twice in the target) and Circuit Designers ("electronic"); the others have similarity 0.
    expect(graph.stats).toMatchObject({ occupationsDerived: 1, derivedFallbacks: 0, ratedBelowThreshold: 0 });
    // Each mean lies between the two ratings, nearer Application Builders': Systems Debugging 4.5 and 3.9 -> 4.31,
    // Data Handling 3.6 and 2.9 -> 3.37, Circuit Theory 2.5 and 4.8 -> 3.24, Careful Reading 3.0 and 3.4 -> 3.13.
    // Team Coordination (2.9; suppressed for Circuit Designers) stays below 3.0.
    expect(graph.derivedRequirements.map((l) => [l.from, l.to, l.props.importanceScore, l.props.level])).toEqual([
      ['onet-49-9101-00', 'onet-skill-systems-debugging', 4.31, 4.75],
      ['onet-49-9101-00', 'onet-knowledge-data-handling', 3.37, 3.55],
      ['onet-49-9101-00', 'onet-knowledge-circuit-theory', 3.24, 3.13],
      ['onet-49-9101-00', 'onet-skill-careful-reading', 3.13, 3.6],
    ]);
    const props = graph.derivedRequirements[0].props;
    expect(props).toMatchObject({ importance: 'REQUIRED', source: 'derived' });
    expect(props.derivation).toContain('has no skill or knowledge ratings');
    expect(props.derivation).toContain('its 2 most similar rated occupations');
    expect(props.derivation).toContain('Application Builders (15-1252.00, similarity 0.12); Circuit Designers (17-9101.00, similarity 0.06)');
  });

  it('makes the highest-rated elements REQUIRED for a rated occupation none of whose ratings reaches the threshold', () => {
    const graph = mapRelease(fixtureRelease(), { ...defaults, importanceThreshold: 4.0 });
    // Bench Technicians' best are 3.7, 3.6 and 2.8 (their 3.3 is not relevant).
    expect(graph.stats.ratedBelowThreshold).toBe(1);
    const bench = graph.derivedRequirements.filter((l) => l.from === 'onet-17-9201-00');
    expect(bench.map((l) => [l.to, l.props.importanceScore, l.props.source])).toEqual([
      ['onet-knowledge-circuit-theory', 3.7, 'derived'],
      ['onet-skill-systems-debugging', 3.6, 'derived'],
      ['onet-skill-careful-reading', 2.8, 'derived'],
    ]);
    expect(bench[0].props.derivation).toContain('reaches importance 4');
    // Device Repairers keep only what reaches 4.0.
    expect(graph.derivedRequirements.filter((l) => l.from === 'onet-49-9101-00').map((l) => l.to)).toEqual(['onet-skill-systems-debugging']);
  });

  it('derives transitions from related occupations with tier, rank, months and kind', () => {
    const graph = mapRelease(fixtureRelease(), defaults);
    expect(graph.transitions).toHaveLength(15);
    const t = graph.transitions.find((l) => l.from === 'onet-17-9201-00' && l.to === 'onet-17-9101-00')!;
    expect(t.props).toMatchObject({
      tier: 'Primary-Short',
      rank: 1,
      kind: 'PROMOTION',
      monthsTypical: 14,
      monthsMin: 7,
      monthsMax: 21,
      source: 'derived',
    });
    expect(t.props.derivation).toContain('Primary-Short #1');
  });

  it('describes the release as a Source with the attribution O*NET asks for', () => {
    const graph = mapRelease(fixtureRelease(), defaults);
    expect(graph.source).toEqual({
      id: 'onet-29-3',
      props: {
        name: 'O*NET 29.3 Database',
        publisher: 'U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)',
        kind: 'DATASET',
        license: 'CC BY 4.0',
        note:
          'This product includes information from the O*NET 29.3 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). ' +
          'Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA. ' +
          'Career graph has modified all or some of this information. USDOL/ETA has not approved, endorsed, or tested these modifications.',
        version: '29.3',
        source: 'onet',
      },
    });
    expect(attribution('30.1')).toContain('O*NET 30.1 Database');
  });
});
