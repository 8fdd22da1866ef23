import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

export const screenshotDir = join(__dirname, '..', '..', 'tmp', 'web-screenshots');

/**
 * Debian's Chromium (the test setup installs it), headless, with a fresh profile per launch and no
 * background networking: this machine reaches nothing but the platform under test.
 */
export async function launchChromium(): Promise<Browser> {
  mkdirSync(screenshotDir, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    // Until it is up, however busy the machine: a browser that cannot start fails the launch itself.
    timeout: 0,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A tab as a person on a laptop, in English unless asked otherwise. */
export async function openPage(browser: Browser, baseURL: string, locale = 'en-GB'): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    locale,
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  return context.newPage();
}

/** Saved as a test artefact under tmp/web-screenshots. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
}

/** The local sign-in: a name, a care link from the directory or typed in, and a role. */
export async function signIn(
  page: Page,
  actor: string,
  careLink: { name: string } | { id: string },
  role: string,
): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Your name or user id').fill(actor);
  if ('name' in careLink) {
    await page.getByLabel('Care link', { exact: true }).selectOption({ label: careLink.name });
  } else {
    const choose = page.getByLabel('Care link', { exact: true });
    // The directory loads after the page: wait for its list, or for the typed id when it is empty.
    await choose.or(page.getByLabel('Care link id')).first().waitFor();
    if (await choose.isVisible()) await choose.selectOption({ label: 'Another care link (type its id)' });
    await page.getByLabel('Care link id').fill(careLink.id);
  }
  await page.getByLabel('Role').selectOption({ label: role });
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** axe-core's WCAG 2.1 AA rules on the page as it stands; a violation fails with its rule and elements. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const found = violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`,
  );
  expect(found).toEqual([]);
}

/** The local sign-in on a Swedish browser: the care link by its label in the directory, the role by its Swedish name. */
export async function signInInSwedish(
  page: Page,
  actor: string,
  careLink: string,
  role: string,
): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Ditt namn eller användar-id').fill(actor);
  await page.getByLabel('Vårdenhet', { exact: true }).selectOption({ label: careLink });
  await page.getByLabel('Roll').selectOption({ label: role });
  await page.getByRole('button', { name: 'Logga in' }).click();
}

/** The Swedish sign-in, landing on the coordination overview every staff role opens on. */
export async function signInToOverview(
  page: Page,
  actor: string,
  careLink: string,
  role: string,
): Promise<void> {
  await signInInSwedish(page, actor, careLink, role);
  await page.getByRole('heading', { name: 'Samordningsöversikt' }).waitFor();
}

/** axe-core in Swedish and then in English, back in Swedish after. */
export async function expectNoAxeViolationsInBothLanguages(
  page: Page,
  swedishHeading: string,
): Promise<void> {
  await page.getByRole('heading', { name: swedishHeading }).first().waitFor();
  await expectNoAxeViolations(page);
  await page.getByLabel('Språk').selectOption('en');
  await page.getByLabel('Language').waitFor();
  await expectNoAxeViolations(page);
  await page.getByLabel('Language').selectOption('sv');
  await page.getByLabel('Språk').waitFor();
}

/**
 * The conflict a save meets when someone saved first, in Swedish: waits for it, checks that both
 * versions are shown side by side (theirs holding `theirs`, the caller's change holding `mine`),
 * and answers the alert for its choices.
 */
export async function conflictShowingBoth(page: Page, theirs: string, mine: string): Promise<Locator> {
  const conflict = page.getByRole('alert').filter({ hasText: 'Någon ändrade detta först.' });
  await conflict.waitFor();
  expect(
    await conflict.getByRole('region', { name: 'Sparat av någon annan' }).getByText(theirs).isVisible(),
  ).toBe(true);
  expect(await conflict.getByRole('region', { name: 'Din ändring' }).getByText(mine).isVisible()).toBe(true);
  return conflict;
}
