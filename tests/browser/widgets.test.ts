// The embeddable widgets in a real browser (headless Chromium): the built demo page is served from one origin and
// the widgets call the API on another through CORS, as on a page that embeds them. Expected values come from
// the API itself, queried directly. Screenshots of the demo go to docs/screenshots/.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  apiData,
  openDemo,
  operations,
  page,
  percent,
  routeQuery,
  SCREENSHOTS,
  SEED_ROLES,
  similarQuery,
  texts,
  useWidgetDemo,
  WIDGETS,
} from '../support/widget-demo.js';

useWidgetDemo();

describe('the demo page, cross-origin to the API', () => {
  it('sends exactly one GraphQL request per element, and no more once they have rendered', async () => {
    await openDemo();
    await page.waitForLoadState('networkidle');
    expect(operations.sort()).toEqual(['CareerPath', 'NextRoles', 'SimilarRoles', 'SkillOverlap']);
  });

  it('shows every element with data, no loading or error left (screenshots in docs/screenshots/)', async () => {
    await openDemo();
    for (const tag of WIDGETS) {
      await expect(page.locator(`${tag} [role="status"]`).getAttribute('class'), tag).resolves.toContain('ready');
      await expect(page.locator(`${tag} [role="status"]`).textContent(), tag).resolves.toBe('');
    }
    // Only now: a failing run must not replace the documentation's pictures with error states.
    await page.screenshot({ path: path.join(SCREENSHOTS, 'widgets-demo.png'), fullPage: true });
    for (const tag of WIDGETS) await page.locator(tag).screenshot({ path: path.join(SCREENSHOTS, `${tag}.png`) });
  });

  it('draws the route from Embedded Software Engineer to Senior Edge AI Engineer by months: 6 + 42 = 48', async () => {
    await openDemo();
    const [route] = (await apiData(routeQuery, { from: 'embedded-software-engineer' })).careerPaths;

    expect(await texts('career-path .box')).toEqual(['Embedded Software Engineer', 'Edge AI Engineer', 'Senior Edge AI Engineer']);
    expect(await texts('career-path .box')).toEqual(route.roles.map((role: any) => role.title));
    expect(await texts('career-path .arrow')).toEqual(['6 months', '42 months']);
    expect(await texts('career-path .total strong')).toEqual(['48 months']);
    expect(route.totalMonths.typical).toBe(48);

    // Per step: the number of skill areas to learn, the first eight of them, and the certifications.
    const steps = page.locator('career-path .step');
    await expect(steps.count()).resolves.toBe(route.steps.length);
    for (const [index, step] of route.steps.entries()) {
      const names = step.skillsToLearn.map((area: any) => area.name);
      await expect(steps.nth(index).textContent()).resolves.toContain(`Skill areas to learn (${names.length}):`);
      const shown = (await steps.nth(index).locator('.area-name').allTextContents()).slice(0, Math.min(names.length, 8));
      expect(shown).toEqual(names.slice(0, 8));
      const certificates = await steps.nth(index).locator('.certs .chip').allTextContents();
      expect(certificates).toEqual(step.certifications.map((c: any) => c.name));
    }
    expect(route.steps[0].certifications.length).toBeGreaterThan(0);
  });

  it("shows each step's skill areas with their parts on demand: closed at first, the area's parts once opened", async () => {
    await openDemo();
    const [route] = (await apiData(routeQuery, { from: 'embedded-software-engineer' })).careerPaths;
    const [firstStep] = route.steps;
    const areasWithParts = firstStep.skillsToLearn.filter((area: any) => area.parts.length > 0);
    expect(areasWithParts.length).toBeGreaterThan(0);
    expect(firstStep.skillsToLearn.map((area: any) => area.name)).toContain('Model compression');

    const areas = page.locator('career-path .step').first().locator('.areas > li');
    await expect(areas.count()).resolves.toBe(firstStep.skillsToLearn.length);
    for (const [index, area] of firstStep.skillsToLearn.entries()) {
      const item = areas.nth(index);
      const disclosure = item.locator('details');
      if (area.parts.length === 0) {
        await expect(disclosure.count(), area.name).resolves.toBe(0);
        continue;
      }
      const summary = (await item.locator('summary').textContent())!.replace(/\s+/g, ' ').trim();
      expect(summary).toBe(`${area.name} ${area.parts.length} ${area.parts.length === 1 ? 'part' : 'parts'}`);
      await expect(disclosure.getAttribute('open'), area.name).resolves.toBeNull();
      await expect(item.locator('.chip').first().isVisible()).resolves.toBe(false);

      await item.locator('summary').click();
      await expect(disclosure.getAttribute('open'), area.name).resolves.toBe('');
      expect(await item.locator('.chip').allTextContents()).toEqual(area.parts.map((part: any) => part.name));
      await expect(item.locator('.chip').first().isVisible()).resolves.toBe(true);
    }
    await page.locator('career-path').screenshot({ path: path.join(SCREENSHOTS, 'career-path-areas.png') });
  });

  it('lists the next roles from Embedded Software Engineer for someone who knows Python, with coverage and missing skills', async () => {
    await openDemo();
    const { nextRoles } = await apiData(
      `{ nextRoles(role: "embedded-software-engineer", knownSkills: ["python"], first: 5) { role { id title } coverage missingSkills { name } } }`,
    );
    expect(nextRoles.length).toBeGreaterThan(0);

    expect(await texts('next-roles [role="option"] .title')).toEqual(nextRoles.map((next: any) => next.role.title));
    expect(await texts('next-roles [role="option"] .share')).toEqual(nextRoles.map((next: any) => `${percent(next.coverage)} skills covered`));
    const firstMissing = nextRoles[0].missingSkills.map((skill: any) => skill.name);
    const option = page.locator('next-roles [role="option"]').first();
    expect(await option.locator('.chip').allTextContents()).toEqual(firstMissing.slice(0, 6));
    // Six chips, then the count of the rest (none when there are six or fewer).
    if (firstMissing.length > 6) await expect(option.textContent()).resolves.toContain(`+${firstMissing.length - 6} more`);
    else await expect(option.textContent()).resolves.not.toMatch(/\+\d+ more/);
  });

  it('lists the roles similar to Edge AI Engineer with their skill overlap and missing skills', async () => {
    await openDemo();
    const { similarRoles } = await apiData(similarQuery, { role: 'edge-ai-engineer' });

    expect(await texts('similar-roles [role="option"] .title')).toEqual(similarRoles.map((s: any) => s.role.title));
    expect(await texts('similar-roles [role="option"] .share')).toEqual(similarRoles.map((s: any) => `${percent(s.score)} skill overlap`));
    const options = page.locator('similar-roles [role="option"]');
    for (const [index, similar] of similarRoles.entries()) {
      const missing = similar.missingSkills.map((skill: any) => skill.name);
      expect(await options.nth(index).locator('.chip').allTextContents()).toEqual(missing.slice(0, 6));
    }
  });

  it("fills the heat map with skillOverlap's Jaccard values, 1 on the diagonal", async () => {
    await openDemo();
    const { skillOverlap } = await apiData(`query($roles: [ID!]!) { skillOverlap(roles: $roles) { a { id } b { id } jaccard } }`, {
      roles: SEED_ROLES,
    });
    expect(skillOverlap).toHaveLength(6);

    const cell = (row: number, col: number) => page.locator(`skill-overlap td[data-row="${row}"][data-col="${col}"]`);
    for (const pair of skillOverlap) {
      const [a, b] = [SEED_ROLES.indexOf(pair.a.id), SEED_ROLES.indexOf(pair.b.id)];
      await expect(cell(a, b).textContent()).resolves.toMatch(new RegExp(`^\\s*${pair.jaccard.toFixed(2)}\\s*$`));
      await expect(cell(b, a).textContent()).resolves.toMatch(new RegExp(`^\\s*${pair.jaccard.toFixed(2)}\\s*$`));
    }
    for (let index = 0; index < SEED_ROLES.length; index++) {
      await expect(cell(index, index).textContent()).resolves.toMatch(/^\s*1\s*$/);
    }
    expect(await texts('skill-overlap th[scope="row"]')).toEqual([
      'Embedded Software Engineer',
      'ML Engineer',
      'Edge AI Engineer',
      'Senior Edge AI Engineer',
    ]);
  });

  it('shows the shared-skill count of a cell on hover and on focus, and moves between cells with the arrow keys', async () => {
    await openDemo();
    const { skillOverlap } = await apiData(`query($roles: [ID!]!) { skillOverlap(roles: $roles) { a { id } b { id } sharedCount } }`, {
      roles: SEED_ROLES,
    });
    const shared = (a: string, b: string) => {
      const count = skillOverlap.find((p: any) => (p.a.id === a && p.b.id === b) || (p.a.id === b && p.b.id === a)).sharedCount;
      return `${count} shared skill${count === 1 ? '' : 's'}`;
    };
    const label = page.locator('skill-overlap .shown-label');

    await page.locator('skill-overlap td[data-row="2"][data-col="3"]').hover();
    await expect(label.textContent()).resolves.toContain(
      `Edge AI Engineer and Senior Edge AI Engineer: ${shared('edge-ai-engineer', 'senior-edge-ai-engineer')}`,
    );

    await page.locator('skill-overlap td[data-row="0"][data-col="0"]').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    const focused = await page.locator('skill-overlap').evaluate((element) => {
      const cell = element.shadowRoot!.activeElement as HTMLElement;
      return [cell.dataset.row, cell.dataset.col];
    });
    expect(focused).toEqual(['1', '2']);
    await expect(label.textContent()).resolves.toContain(`ML Engineer and Edge AI Engineer: ${shared('ml-engineer', 'edge-ai-engineer')}`);
    await page.locator('skill-overlap').screenshot({ path: path.join(SCREENSHOTS, 'skill-overlap-focus.png') });
  });

  it('downloads the overlap matrix as CSV: a header row of role ids, then the Jaccard values', async () => {
    await openDemo();
    const { skillOverlap } = await apiData(`query($roles: [ID!]!) { skillOverlap(roles: $roles) { a { id } b { id } jaccard } }`, {
      roles: SEED_ROLES,
    });
    const jaccard = (a: string, b: string) =>
      a === b ? 1 : skillOverlap.find((p: any) => (p.a.id === a && p.b.id === b) || (p.a.id === b && p.b.id === a)).jaccard;

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('skill-overlap button', { hasText: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('skill-overlap.csv');
    const rows = (await readFile(await download.path(), 'utf8'))
      .trim()
      .split('\n')
      .map((line) => line.split(','));

    expect(rows[0]).toEqual(['role', ...SEED_ROLES]);
    expect(rows.slice(1).map((row) => row[0])).toEqual(SEED_ROLES);
    for (const [index, a] of SEED_ROLES.entries()) {
      expect(rows[index + 1].slice(1).map(Number)).toEqual(SEED_ROLES.map((b) => jaccard(a, b)));
    }
  });
});
