// The groups of the Standard Occupational Classification (SOC 2018, which O*NET-SOC codes extend) that a role's
// code places it in. Occupations in one group do related work by the classification's design, so similarRoles
// counts a shared group as evidence next to skills, knowledge, technologies and job zone.

export type OccupationGroupLevel = 'major' | 'minor' | 'broad';

/** The levels from widest to narrowest, with the length of the code prefix that names each group. */
export const OCCUPATION_GROUP_LEVELS: readonly { level: OccupationGroupLevel; prefixLength: number }[] = [
  { level: 'major', prefixLength: 2 }, // 15-0000 Computer and Mathematical Occupations
  { level: 'minor', prefixLength: 4 }, // 15-1200 Computer Occupations
  { level: 'broad', prefixLength: 6 }, // 15-1250 Software and Web Developers, Programmers, and Testers
];

const SOC_CODE = /^\d{2}-\d{4}(\.\d{2})?$/;

/** The group prefixes of an O*NET-SOC code (`15-1252.00` -> `15`, `15-1`, `15-125`); none for another code. */
export function occupationGroups(socCode: string | null | undefined): Record<OccupationGroupLevel, string> | null {
  if (!socCode || !SOC_CODE.test(socCode)) return null;
  const [major, minor, broad] = OCCUPATION_GROUP_LEVELS.map(({ prefixLength }) => socCode.slice(0, prefixLength));
  return { major, minor, broad };
}

/** The sum of the bonuses of the groups two codes share (a shared broad group is also a shared minor and major). */
export function sharedGroupBonus(
  a: Record<OccupationGroupLevel, string> | null,
  b: Record<OccupationGroupLevel, string> | null,
  bonus: Readonly<Record<OccupationGroupLevel, number>>,
): number {
  if (!a || !b) return 0;
  let sum = 0;
  for (const { level } of OCCUPATION_GROUP_LEVELS) if (a[level] === b[level]) sum += bonus[level];
  return sum;
}
