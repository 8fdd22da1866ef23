import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { RunningPlatform } from './running-platform';
import { loadEstherDelayedStays } from './web-coach-esther-network';
import { launchChromium, openPage, screenshot, signIn } from './web-browser';

describe('web: a coach follows the Esther network’s unnecessary days, 1998 to 2011, on the SPC chart', () => {
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
    page = await openPage(browser, platform.services.gateway.url);
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('shows the yearly series with its XmR chart, limits and signals, breakdowns, and exports it as CSV', async () => {
    await signIn(page, 'coach-eva', { id: 'esther-coach' }, 'Esther coach');
    await page.getByRole('heading', { name: 'Unnecessary days in hospital' }).waitFor();
    await page.getByLabel('From', { exact: true }).fill('1998-01-01');
    await page.getByLabel('To', { exact: true }).fill('2011-12-31');
    await page.getByLabel('Per', { exact: true }).selectOption('YEAR');
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await page.getByText(/unnecessary days from 1 Jan 1998 to 31 Dec 2011$/).waitFor();

    // The chart: 14 yearly points, mean and limit lines, and the falling years marked as signals.
    const chart = page.getByRole('img', { name: /^Control chart \(XmR\)/ });
    await chart.locator('.recharts-line').first().waitFor({ state: 'attached' });
    await screenshot(page, 'dashboard-1998-2011');
    expect(await chart.locator('.recharts-line').count()).toBe(4);
    expect(await chart.getByText('1999', { exact: true }).count()).toBe(1);
    expect(await chart.locator('[data-signal="improvement"]').count()).toBeGreaterThan(0);

    await page.getByText('Show the values as a table').click();
    const row = (year: string) => page.getByRole('row', { name: new RegExp(`^${year} `) });
    expect(await row('1999').getByRole('cell').first().textContent()).toBe('1113');
    expect(await row('2011').getByRole('cell').first().textContent()).toBe('62');
    expect(
      await row('2011')
        .getByText(/^Improvement: /)
        .isVisible(),
    ).toBe(true);

    const municipalities = page.getByRole('region', { name: 'By receiving municipality' });
    expect(await municipalities.getByRole('rowheader', { name: 'Jönköping kommun' }).isVisible()).toBe(true);
    expect(
      await page
        .getByRole('region', { name: 'By cause' })
        .getByRole('rowheader', { name: 'Home care capacity' })
        .isVisible(),
    ).toBe(true);
    expect(
      await page
        .getByRole('region', { name: 'By hospital' })
        .getByRole('rowheader', { name: 'Länssjukhuset Ryhov' })
        .isVisible(),
    ).toBe(true);
    // A coach works from aggregates: no list of waiting patients, and no refusal in its place.
    expect(await page.getByRole('region', { name: 'Patients waiting now' }).count()).toBe(0);
    expect(await page.getByText(/you see aggregates/).count()).toBe(0);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('unnecessary-days_1998-01-01_2011-12-31_year.csv');
    const csv = readFileSync((await download.path())!, 'utf8').split('\r\n');
    expect(csv[0]).toBe('\ufeffdimension,key,unnecessary_days,mean,upper_limit,lower_limit,signal');
    expect(csv.find((line) => line.startsWith('period,1999-01-01,'))).toMatch(/^period,1999-01-01,1113,/);
    expect(csv.find((line) => line.startsWith('period,2011-01-01,'))).toMatch(/^period,2011-01-01,62,/);
    expect(csv).toContain(
      `receiving_organisation,jonkoping-municipality,${await municipalityTotal('jonkoping-municipality')},,,,`,
    );
  });

  it('shows the event contract to integrators and says where EHR connection status is', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signIn(page, 'integrator-ida', { id: 'integrations' }, 'Integrator');
    await page.getByRole('heading', { name: 'Event contract', exact: true }).waitFor();
    expect(await page.getByText('GET /connections/status').isVisible()).toBe(true);
    expect(await page.locator('article.contract').getByText('PatientAdmitted').first().isVisible()).toBe(
      true,
    );
    await screenshot(page, 'integrators');
  });

  async function municipalityTotal(id: string) {
    const { unnecessaryDays } = await gql<{
      unnecessaryDays: { byReceivingOrganisation: { key: string; value: number }[] };
    }>(
      '{ unnecessaryDays(filter: { from: "1998-01-01", to: "2011-12-31" }, granularity: YEAR) { byReceivingOrganisation { key value } } }',
    );
    return unnecessaryDays.byReceivingOrganisation.find((k) => k.key === id)!.value;
  }
});
