// GraphiQL as the API serves it (/graphiql/), in a real browser (headless Chromium) against the real API and
// Neo4j: the explorer opens, every example tab runs and shows the API's own answer, and a query can be built by
// clicking fields. Expected answers come from the API itself, queried directly.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EXAMPLE_TABS, type ExampleTab } from '../../src/graphql/example-queries.js';
import { startTestApi, type GraphQLResponse, type TestApi } from '../support/api.js';
import { launchChromium, type TestBrowser } from '../support/browser.js';

let api: TestApi;
let browser: TestBrowser;
let page: Page;
/** Uncaught exceptions and console errors of the page. */
let pageErrors: string[];

beforeAll(async () => {
  browser = await launchChromium({ width: 1400, height: 900 });
  api = await startTestApi();
  // A fresh Neo4j plans each statement on its first run, which on a busy machine can come close to the API's
  // query timeout: run the examples once so that the browser meets a warm API, as readers do.
  for (const tab of EXAMPLE_TABS) await api.query(tab.query);
});

afterAll(async () => {
  await browser?.close();
  await api?.close();
});

beforeEach(async () => {
  page = await browser.context.newPage();
  // GraphiQL keeps its tabs in localStorage, and the pages of one test run share it: every test starts afresh.
  await page.addInitScript(() => localStorage.clear());
  pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
});

afterEach(async () => {
  await page.close();
});

/**
 * Opens GraphiQL and waits until it has loaded the schema (the explorer lists the Query fields) and its editor shows
 * the first tab: Monaco starts after the schema, and a tab opened before it starts would show the first tab's text.
 */
async function openGraphiQL(): Promise<void> {
  await page.goto(`${api.url}/graphiql/`);
  await explorer().getByText('search', { exact: true }).first().waitFor();
  await expect.poll(() => editorText('.graphiql-query-editor')).toContain(`query ${EXAMPLE_TABS[0].name} {`);
}

const explorer = () => page.locator('.graphiql-plugin');
/** The text Monaco shows in an editor (the lines in view): non-breaking spaces as spaces. */
async function editorText(selector: string): Promise<string> {
  return (await page.locator(`${selector} .view-lines`).innerText()).replace(/\u00a0/g, ' ');
}

const withoutWhitespace = (text: string) => text.replace(/\s+/g, '');

/** Runs the active tab with the toolbar's Run button and returns the API's answer as GraphiQL received it. */
async function runActiveTab(operationName: string): Promise<GraphQLResponse> {
  const [response] = await Promise.all([
    page.waitForResponse(
      (r) =>
        r.url() === `${api.url}/graphql` && r.request().method() === 'POST' && r.request().postDataJSON()?.query?.includes(`query ${operationName}`),
    ),
    page.getByRole('button', { name: /^Execute query/ }).click(),
  ]);
  const body = await response.json();
  // The result pane shows that answer, pretty-printed and wrapped: what is in view is the start of it.
  const answer = withoutWhitespace(JSON.stringify(body));
  await expect
    .poll(async () => {
      const shown = withoutWhitespace(await editorText('.graphiql-response'));
      return shown.length >= Math.min(answer.length, 200) && answer.startsWith(shown);
    })
    .toBe(true);
  return { status: response.status(), ...body };
}

async function selectTab(tab: ExampleTab): Promise<void> {
  await page.locator('.graphiql-tab', { hasText: tab.name }).click();
  await expect.poll(() => editorText('.graphiql-query-editor')).toContain(`query ${tab.name} {`);
}

describe('GraphiQL at /graphiql/', () => {
  it('opens on the explorer, with one tab per example question', async () => {
    await openGraphiQL();
    await expect(explorer().getByText('Explorer', { exact: true }).isVisible()).resolves.toBe(true);
    for (const field of ['careerPath', 'nextRoles', 'skillGap', 'skillOverlap', 'search']) {
      await expect(explorer().getByText(field, { exact: true }).first().isVisible(), field).resolves.toBe(true);
    }
    const titles = (await page.locator('.graphiql-tab').allInnerTexts()).map((title) => title.trim());
    expect(titles).toEqual(EXAMPLE_TABS.map((tab) => tab.name));
    expect(pageErrors).toEqual([]);
  });

  it('starts every example with a one-line comment saying what it asks', () => {
    for (const tab of EXAMPLE_TABS) {
      const [comment, operation] = tab.query.split('\n');
      expect(comment, tab.name).toMatch(/^# \S.{20,100}$/);
      expect(operation, tab.name).toBe(`query ${tab.name} {`);
    }
  });

  it("runs every example tab and shows the API's own answer, with no error in the page", async () => {
    await openGraphiQL();
    for (const tab of EXAMPLE_TABS) {
      await selectTab(tab);
      const shown = await runActiveTab(tab.name);
      const direct = await api.query(tab.query);
      expect(shown.status, `${tab.name}: ${JSON.stringify(shown.errors)}`).toBe(direct.status);
      expect({ data: shown.data, errors: shown.errors }, tab.name).toEqual({ data: direct.data, errors: direct.errors });
    }
    expect(pageErrors).toEqual([]);
  });

  it('answers the route by names, skill gap, overlap and search examples with data from the seed', async () => {
    const answers: Record<string, GraphQLResponse> = {};
    for (const tab of EXAMPLE_TABS) answers[tab.name] = await api.query(tab.query);
    expect(answers.RouteByNames.errors).toBeUndefined();
    expect(answers.RouteByNames.data!.careerPath.roles.map((role: { id: string }) => role.id)).toEqual([
      'embedded-software-engineer',
      'edge-ai-engineer',
      'senior-edge-ai-engineer',
    ]);
    expect(answers.SkillGap.errors).toBeUndefined();
    expect(answers.SkillGap.data!.skillGap.toLearn.length).toBeGreaterThan(0);
    expect(answers.SkillOverlap.errors).toBeUndefined();
    expect(answers.SkillOverlap.data!.skillOverlap).toHaveLength(6); // 4 roles, every pair once
    expect(answers.Search.errors).toBeUndefined();
    expect(answers.Search.data!.search.length).toBeGreaterThan(0);
    // The test graph holds the seed only: no O*NET occupation such as Registered Nurses.
    expect(answers.NextRoles.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(answers.NextRoles.errors?.[0].message).toContain('Registered Nurses');
  });

  it('builds a query by clicking fields in the explorer, and runs it', async () => {
    await openGraphiQL();
    await page.getByRole('button', { name: 'New tab' }).click();
    // The explorer edits the active tab's document. Under load the new tab can take a while to become active, and a
    // click before that edits the first example: wait for the new tab, active, with its empty editor.
    await page.locator('.graphiql-tab').nth(EXAMPLE_TABS.length).and(page.locator('.graphiql-tab-active')).waitFor();
    await expect.poll(async () => (await editorText('.graphiql-query-editor')).trim()).toBe('');
    await explorer().getByText('tracks', { exact: true }).click();
    await explorer().getByText('name', { exact: true }).first().click();
    await expect.poll(async () => (await editorText('.graphiql-query-editor')).replace(/\s+/g, ' ')).toMatch(/query MyQuery \{ tracks \{ name \} \}/);

    const shown = await runActiveTab('MyQuery');
    const direct = await api.query('{ tracks { name } }');
    expect(direct.data!.tracks.length).toBeGreaterThan(0);
    expect(shown.status, JSON.stringify(shown.errors)).toBe(200);
    expect(shown.data).toEqual(direct.data);
    expect(pageErrors).toEqual([]);
  });
});
