import type { Browser, Page } from 'playwright-core';
import { homeCare, municipality } from './directory-entries';
import { RunningPlatform } from './running-platform';
import {
  conflictShowingBoth,
  expectNoAxeViolationsInBothLanguages,
  launchChromium,
  openPage,
  screenshot,
  signInToOverview,
} from './web-browser';

const HOME_CARE = 'gnosjo-home-care';
const HOME_CARE_NAME = 'Hemtjänst Gnosjö';
const TITLE = 'Vad vi behöver vid överföring';

interface Specification {
  specificationId: string;
  version: number;
  document: string;
  target: { kind: string; hours: number | null };
}

describe('web, in Swedish: a home-care planner says what her unit needs in a handover', () => {
  let platform: RunningPlatform;
  let browser: Browser;
  let planner: Page;

  const saved = async () =>
    (
      await platform.ask<{ handoverSpecifications: Specification[] }>(
        '{ handoverSpecifications { specificationId version document target { kind hours } } }',
        {},
        HOME_CARE,
      )
    ).handoverSpecifications;

  beforeAll(async () => {
    [platform, browser] = await Promise.all([RunningPlatform.start(), launchChromium()]);
    await platform.saveDirectory(
      [municipality('gnosjo-municipality', 'Gnosjö kommun')],
      [homeCare(HOME_CARE, HOME_CARE_NAME, 'gnosjo-municipality')],
    );
    planner = await openPage(browser, platform.services.gateway.url, 'sv-SE');
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('opens the builder from the inbox, told that nothing is asked for yet', async () => {
    await signInToOverview(planner, 'planerare-maja', HOME_CARE_NAME, 'Kommunal personal');
    await planner.getByRole('link', { name: 'Överföringar' }).click();
    await planner.getByRole('link', { name: TITLE }).click();
    await planner.getByText('Din vårdenhet har inte angett vad den behöver ännu').waitFor();
    await expectNoAxeViolationsInBothLanguages(planner, TITLE);
  });

  it('says next to each field what is missing, and what the gateway refused, in Swedish', async () => {
    await planner.getByRole('button', { name: 'Ny specifikation' }).click();
    await planner.getByRole('button', { name: 'Spara' }).click();
    await planner.getByText('Ge specifikationen ett namn.').waitFor();
    expect(await planner.getByText('Välj minst en uppgift.').isVisible()).toBe(true);
    expect(await planner.getByLabel('Namn').getAttribute('aria-invalid')).toBe('true');

    await planner.getByLabel('Namn').fill('Inför hemgång');
    await planner.getByLabel('När', { exact: true }).selectOption({ label: 'Utskrivningsklar' });
    const stay = planner.getByRole('group', { name: 'Vårdtillfälle' });
    await stay.getByLabel('Avdelning', { exact: true }).check();
    await stay.getByLabel('Utskrivningsklar sedan').check();
    // Each box sits apart from the label before it, so no one ticks "Inskriven" thinking it is "Avdelning".
    const [first, next] = await Promise.all(
      [0, 1].map(async (i) => (await stay.locator('label').nth(i).boundingBox())!),
    );
    expect(next.y).toBe(first.y);
    expect(next.x - (first.x + first.width)).toBeGreaterThanOrEqual(12);
    await planner
      .getByRole('group', { name: 'Läkemedelslista' })
      .getByLabel('Läkemedel', { exact: true })
      .check();
    await planner.getByLabel('Tidsgräns').selectOption({ label: 'Antal timmar efter händelsen' });
    // Zero hours passes the page's own check; the gateway's rule refuses it.
    await planner.getByLabel('Timmar').fill('0');
    await planner.getByRole('button', { name: 'Spara' }).click();
    await planner.getByText(/^Ange tidsgränsen som ett helt antal/).waitFor();
    expect(await saved()).toEqual([]);
    await expectNoAxeViolationsInBothLanguages(planner, TITLE);
    await screenshot(planner, 'specification-builder-refused-sv');
  });

  it('saves, and the unit asks for exactly the ticked fields within the deadline set', async () => {
    await planner.getByLabel('Timmar').fill('48');
    await planner.getByRole('button', { name: 'Spara' }).click();
    await planner.getByText('Sparat: version 1 gäller från nu.').waitFor();
    await planner.getByRole('row', { name: /Inför hemgång Utskrivningsklar inom 48 timmar 1/ }).waitFor();
    const [spec] = await saved();
    expect(spec).toEqual({
      specificationId: `${HOME_CARE}.infor-hemgang`,
      version: 1,
      document:
        '{ patient { stay { wardCareLinkId medicallyReadySince } medicineList { medications { text } } } }',
      target: { kind: 'hours', hours: 48 },
    });
    await screenshot(planner, 'specification-builder-saved-sv');
  });

  it('shows both versions when a colleague saved first, and saves hers over it when she chooses', async () => {
    await platform.saveHandoverSpecification(HOME_CARE, {
      specificationId: `${HOME_CARE}.infor-hemgang`,
      baseVersion: 1,
      name: 'Inför hemgång',
      trigger: 'medically-ready',
      document: '{ patient { carePlan { goals } } }',
    });
    await planner.getByRole('group', { name: 'Läkemedelslista' }).getByLabel('Läkemedel › Dos').check();
    await planner.getByRole('button', { name: 'Spara' }).click();
    const conflict = await conflictShowingBoth(
      planner,
      'Det som är viktigt för patienten',
      'Läkemedel › Dos',
    );
    await expectNoAxeViolationsInBothLanguages(planner, TITLE);
    await screenshot(planner, 'specification-builder-conflict-sv');
    await conflict.getByRole('button', { name: 'Spara min över deras' }).click();
    await planner.getByText('Sparat: version 3 gäller från nu.').waitFor();
    expect((await saved())[0]).toMatchObject({
      version: 3,
      document:
        '{ patient { stay { wardCareLinkId medicallyReadySince } medicineList { medications { text dose } } } }',
    });
    // The list follows the save once the unit's specifications are read again.
    const versions = planner.getByRole('region', { name: 'Versioner' });
    await versions.getByText(/^Version 3, sparad /).waitFor();
    expect(await versions.getByRole('listitem').allTextContents()).toEqual([
      expect.stringMatching(/^Version 3, sparad /),
      expect.stringMatching(/^Version 2, sparad /),
      expect.stringMatching(/^Version 1, sparad /),
    ]);
  });
});
