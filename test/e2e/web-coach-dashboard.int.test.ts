import type { Browser, Page } from 'playwright-core';
import { RunningPlatform } from './running-platform';
import { loadEstherDelayedStays } from './web-coach-esther-network';
import { expectNoAxeViolations, launchChromium, openPage, screenshot } from './web-browser';

describe('web: the network meeting’s dashboard over the Esther network’s 1998 to 2011, in Swedish', () => {
  let platform: RunningPlatform;
  let browser: Browser;
  let page: Page;

  const gql = async <T>(query: string, variables: object = {}, roles?: string) => {
    const { data, errors } = await platform.graphql<T>(query, variables, 'esther-coach', roles);
    if (errors) throw new Error(errors.map((e) => e.message).join('; '));
    return data!;
  };

  beforeAll(async () => {
    [platform, browser] = await Promise.all([RunningPlatform.start(), launchChromium()]);
    await loadEstherDelayedStays(platform);
    page = await openPage(browser, platform.services.gateway.url, 'sv-SE');
    await page.goto('/');
    await page.getByLabel('Ditt namn eller användar-id').fill('coach-eva');
    await page
      .getByLabel('Vårdenhet', { exact: true })
      .selectOption({ label: 'En annan vårdenhet (skriv dess id)' });
    await page.getByLabel('Vårdenhetens id').fill('esther-coach');
    await page.getByLabel('Roll').selectOption({ label: 'Esthercoach' });
    await page.getByRole('button', { name: 'Logga in' }).click();
    // The demo's delayed stays go through the intake, Kafka and the projector: minutes on a busy machine.
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('opens on the whole series that exists, month by month, with months without data as gaps and never signals', async () => {
    await page.getByRole('link', { name: 'Onödiga vårddagar' }).click();
    await page.getByRole('heading', { name: 'Onödiga vårddagar på sjukhus' }).waitFor();
    // The period's days as people in Sweden read them, not as stored.
    await page.getByText(/onödiga vårddagar från 1 jan. 1998 till 31 dec. 2011$/).waitFor();
    const chart = page.getByRole('img', { name: /^Styrdiagram \(XmR\)/ });
    await chart.locator('.recharts-line').first().waitFor({ state: 'attached' });
    await page.getByText(/perioder saknar data/).waitFor();
    await page.getByText('Visa värdena som tabell').click();
    const rows = page.locator('details.values').first().locator('tbody tr');
    expect(await rows.count()).toBe(14 * 12);
    const gaps = rows.filter({ has: page.getByRole('cell', { name: 'Inga data', exact: true }) });
    const gapCount = await gaps.count();
    expect(gapCount).toBeGreaterThan(0);
    for (let i = 0; i < gapCount; i++) {
      expect(await gaps.nth(i).getByRole('cell').first().textContent()).toBe('–');
    }
    // Improvement signals fall only on months with data.
    const improving = rows.filter({ hasText: 'Förbättring:' });
    expect(await improving.count()).toBeGreaterThan(0);
    expect(await improving.filter({ hasText: 'Inga data' }).count()).toBe(0);
    // A coach works from aggregates: no list of patients, and no refusal either.
    expect(await page.getByRole('heading', { name: 'Patienter som väntar nu' }).count()).toBe(0);
    expect(await page.getByText(/In the role coach/).count()).toBe(0);
    // The national indicator names its month in words, as the rest of the page names dates.
    await page.getByText(/avslutades i december 2011/).waitFor();
    await screenshot(page, 'coach-dashboard-months');
    await expectNoAxeViolations(page);
  });

  it('filters by hospital, draws the run chart with its rules named, and carries a note on the chart', async () => {
    await page.getByLabel('Sjukhus', { exact: true }).selectOption({ label: 'Länssjukhuset Ryhov' });
    await page.getByLabel('Per', { exact: true }).selectOption('YEAR');
    await page.getByLabel('Diagram', { exact: true }).selectOption({ label: 'Seriediagram' });
    await page.getByRole('button', { name: 'Visa', exact: true }).click();
    await page.getByText('Endast: Länssjukhuset Ryhov').waitFor();
    const run = page.getByRole('img', { name: /^Seriediagram/ });
    await run.locator('.recharts-line').first().waitFor({ state: 'attached' });
    expect(await page.getByText(/^Serieregler \(Perla, Provost och Murray; Anhøj\)/).isVisible()).toBe(true);
    expect(await run.locator('[data-run-signal]').count()).toBeGreaterThan(0);
    const ryhov = await gql<{ unnecessaryDays: { total: number } }>(
      '{ unnecessaryDays(filter: { from: "1998-01-01", to: "2011-12-31", hospitals: ["Länssjukhuset Ryhov"] }) { total } }',
    );
    expect(await page.locator('.total').textContent()).toBe(
      `${new Intl.NumberFormat('sv-SE').format(ryhov.unnecessaryDays.total)} onödiga vårddagar från 1 jan. 1998 till 31 dec. 2011`,
    );
    await screenshot(page, 'coach-dashboard-run-chart');

    await page.getByLabel('Diagram', { exact: true }).selectOption({ label: 'Styrdiagram (XmR)' });
    await page.getByRole('button', { name: 'Visa', exact: true }).click();
    await page
      .getByRole('img', { name: /^Styrdiagram \(XmR\)/ })
      .locator('.recharts-line')
      .first()
      .waitFor({ state: 'attached' });
    await page.getByLabel('Anteckning från').fill('2000-03-01');
    await page.getByLabel('Anteckning', { exact: true }).fill('Esther-nätverket startar');
    await page.getByRole('button', { name: 'Lägg till en anteckning i diagrammet' }).click();
    const xmr = page.getByRole('img', { name: /^Styrdiagram \(XmR\)/ });
    await xmr.locator('.recharts-reference-line').first().waitFor({ state: 'attached' });
    expect(await xmr.getByText('Esther-nätverket startar').count()).toBe(1);
    expect(await page.getByRole('list', { name: 'Anteckningar i diagrammet' }).textContent()).toBe(
      'Esther-nätverket startar (2000)',
    );
    expect(new URL(page.url()).searchParams.getAll('note')).toEqual(['2000-01-01|Esther-nätverket startar']);
    await screenshot(page, 'coach-dashboard-annotated');
    await expectNoAxeViolations(page);
  });

  it('explains a municipal-liability zero instead of showing it bare', async () => {
    await page.getByLabel('Räkneregel', { exact: true }).selectOption('MUNICIPAL_LIABILITY');
    await page.getByRole('button', { name: 'Visa', exact: true }).click();
    await page.getByText(/^Kommunalt betalningsansvar räknar dagar först efter/).waitFor();
    await screenshot(page, 'coach-dashboard-liability');
  });
});
