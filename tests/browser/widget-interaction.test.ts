// The embeddable widgets in a real browser, as a page script and a person use them: role-select events from clicks
// and keys, attribute changes, errors, and the widgets served by the API itself. Expected values come from the API.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WIDGETS_DIR } from '../../src/static-builds.js';
import {
  api,
  apiData,
  clearOperations,
  closedPort,
  openDemo,
  operations,
  page,
  routeQuery,
  SCREENSHOTS,
  serveDirectory,
  setAttributes,
  settled,
  similarQuery,
  texts,
  useWidgetDemo,
  WIDGETS,
} from '../support/widget-demo.js';

useWidgetDemo();

describe('role-select', () => {
  async function listenForRoleSelect(): Promise<void> {
    await page.evaluate(() => {
      (window as any).selections = [];
      document.addEventListener('role-select', (event) => {
        const { detail, target } = event as CustomEvent<{ id: string }>;
        (window as any).selections.push({ id: detail.id, from: (target as Element).localName });
      });
    });
  }
  const selections = () => page.evaluate(() => (window as any).selections as { id: string; from: string }[]);

  it('fires with the role id when a person clicks a next role', async () => {
    await openDemo();
    await listenForRoleSelect();
    const { nextRoles } = await apiData(`{ nextRoles(role: "embedded-software-engineer", knownSkills: ["python"], first: 5) { role { id } } }`);

    await page.locator('next-roles [role="option"]').nth(1).click();
    expect(await selections()).toEqual([{ id: nextRoles[1].role.id, from: 'next-roles' }]);
    await expect(page.locator('next-roles [role="option"]').nth(1).getAttribute('aria-selected')).resolves.toBe('true');
    await expect(page.locator('#selected').textContent()).resolves.toContain(nextRoles[1].role.id);
  });

  it('fires on Enter and on Space for the focused similar role, and arrow keys move the focus', async () => {
    await openDemo();
    await listenForRoleSelect();
    const { similarRoles } = await apiData(similarQuery, { role: 'edge-ai-engineer' });

    await page.locator('similar-roles [role="option"]').first().focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    expect(await selections()).toEqual([
      { id: similarRoles[0].role.id, from: 'similar-roles' },
      { id: similarRoles[1].role.id, from: 'similar-roles' },
    ]);
  });
});

describe('attribute changes', () => {
  it('re-renders the similar roles for a new role-id attribute, with one new request', async () => {
    await openDemo();
    await page.waitForLoadState('networkidle');
    clearOperations();
    const { similarRoles } = await apiData(similarQuery, { role: 'ml-engineer' });

    await setAttributes('similar-roles', { 'role-id': 'ml-engineer' });
    expect(await texts('similar-roles [role="option"] .title')).toEqual(similarRoles.map((s: any) => s.role.title));
    await page.waitForLoadState('networkidle');
    expect(operations).toEqual(['SimilarRoles']);
  });

  it('re-routes from ML Engineer when from and optimize change together, with one request', async () => {
    await openDemo();
    await page.waitForLoadState('networkidle');
    clearOperations();
    const [route] = (await apiData(routeQuery, { from: 'ml-engineer' })).careerPaths;

    await setAttributes('career-path', { from: 'ml-engineer', optimize: 'STEPS' });
    expect(await texts('career-path .box')).toEqual(route.roles.map((role: any) => role.title));
    expect(await texts('career-path .box')).toEqual(['ML Engineer', 'Edge AI Engineer', 'Senior Edge AI Engineer']);
    expect(await texts('career-path .arrow')).toEqual(route.steps.map((step: any) => `${step.months.typical} months`));
    expect(await texts('career-path .total strong')).toEqual([`${route.totalMonths.typical} months`]);
    await page.waitForLoadState('networkidle');
    expect(operations).toEqual(['CareerPath']);
  });

  it('still reads the deprecated role attribute when role-id is absent; role-id wins when both are set', async () => {
    await openDemo();
    const { similarRoles: toMl } = await apiData(similarQuery, { role: 'ml-engineer' });
    const { similarRoles: toEdge } = await apiData(similarQuery, { role: 'edge-ai-engineer' });

    await page.locator('similar-roles').evaluate(async (element) => {
      element.removeAttribute('role-id');
      element.setAttribute('role', 'ml-engineer');
      await (element as unknown as { updateComplete: Promise<boolean> }).updateComplete;
    });
    await settled();
    expect(await texts('similar-roles [role="option"] .title')).toEqual(toMl.map((s: any) => s.role.title));

    await setAttributes('similar-roles', { 'role-id': 'edge-ai-engineer' });
    await expect(page.locator('similar-roles').getAttribute('role')).resolves.toBe('ml-engineer');
    expect(await texts('similar-roles [role="option"] .title')).toEqual(toEdge.map((s: any) => s.role.title));
  });

  it('asks for the role-id attribute when neither role-id nor role is set, before sending any request', async () => {
    await openDemo();
    await page.waitForLoadState('networkidle');
    clearOperations();
    await page.locator('next-roles').evaluate(async (element) => {
      element.removeAttribute('role-id');
      await (element as unknown as { updateComplete: Promise<boolean> }).updateComplete;
    });
    await expect(page.locator('next-roles [role="status"]').textContent()).resolves.toBe(
      'Set the role-id attribute to a role id, for example role-id="embedded-software-engineer".',
    );
    expect(operations).toEqual([]);
  });

  it('does not ask again when an attribute is set to the value it already has', async () => {
    await openDemo();
    await page.waitForLoadState('networkidle');
    clearOperations();
    await setAttributes('next-roles', { 'role-id': 'embedded-software-engineer', 'known-skills': 'python' });
    await page.waitForLoadState('networkidle');
    expect(operations).toEqual([]);
  });
});

describe('errors', () => {
  it("names the unknown role with the API's own message", async () => {
    await openDemo();
    const { errors } = await api.query(`{ similarRoles(role: "no-such-role") { score } }`);
    expect(errors?.[0].extensions?.code).toBe('NOT_FOUND');

    await setAttributes('similar-roles', { 'role-id': 'no-such-role' });
    const state = page.locator('similar-roles [role="status"]');
    await expect(state.textContent()).resolves.toBe(errors![0].message);
    expect(errors![0].message).toMatch(/^No role with id (or name )?"no-such-role"$/);
    await expect(state.getAttribute('aria-live')).resolves.toBe('polite');
    await expect(page.locator('similar-roles [role="option"]').count()).resolves.toBe(0);
    await page.locator('similar-roles').screenshot({ path: path.join(SCREENSHOTS, 'error-unknown-role.png') });
  });

  it('says it cannot reach the API when nothing listens at the endpoint', async () => {
    const endpoint = `http://127.0.0.1:${await closedPort()}/graphql`;
    await openDemo(endpoint);
    for (const tag of WIDGETS) {
      await expect(page.locator(`${tag} [role="status"]`).textContent()).resolves.toBe(`Cannot reach the career graph API at ${endpoint}`);
    }
  });

  it('cannot reach the API from an origin missing from CORS_ORIGINS', async () => {
    const other = await serveDirectory(WIDGETS_DIR);
    try {
      await openDemo(`${api.url}/graphql`, other.origin);
      await expect(page.locator('career-path [role="status"]').textContent()).resolves.toBe(
        `Cannot reach the career graph API at ${api.url}/graphql`,
      );
    } finally {
      await other.close();
    }
  });
});

describe('served by the API itself', () => {
  it('talks to the /graphql beside the script when no endpoint is set', async () => {
    await page.goto(`${api.url}/widgets/`);
    await settled();
    expect(await texts('career-path .box')).toEqual(['Embedded Software Engineer', 'Edge AI Engineer', 'Senior Edge AI Engineer']);
    const endpoints = await page.evaluate(() =>
      Array.from(document.querySelectorAll('career-path, next-roles, similar-roles, skill-overlap'), (e) => (e as any).endpoint),
    );
    expect(endpoints).toEqual(WIDGETS.map(() => `${api.url}/graphql`));
  });
});
