import { careEventEnvelope, careEvents, eventually, uniquePatientId } from '@carechain/testing';
import type { Browser, Page } from 'playwright-core';
import { HEMTJANST_JONKOPING, JONKOPING_ORGANISATIONS, MEDICIN_3 } from './directory-entries';
import { RunningPlatform } from './running-platform';
import { launchChromium, openPage, screenshot, signIn } from './web-browser';

const WARD = MEDICIN_3.careLinkId;
const HOME_CARE = HEMTJANST_JONKOPING.careLinkId;

describe('web: a home-care nurse receives a handover live, reads exactly what was asked for, and acknowledges it', () => {
  let platform: RunningPlatform;
  let browser: Browser;
  let page: Page;
  const esther = uniquePatientId();

  beforeAll(async () => {
    [platform, browser] = await Promise.all([RunningPlatform.start(), launchChromium()]);
    await platform.saveDirectory(JONKOPING_ORGANISATIONS, [MEDICIN_3, HEMTJANST_JONKOPING]);
    await platform.saveHandoverSpecification(HOME_CARE, {
      specificationId: 'jkpg-needs-at-ready',
      name: 'Inför utskrivning',
      trigger: 'medically-ready',
      document: '{ patient { patientId stay { wardCareLinkId medicallyReadySince } } }',
    });
    page = await openPage(browser, platform.services.gateway.url);
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('signs in for home care from the care-link directory and sees an empty inbox', async () => {
    await signIn(page, 'nurse-anna', { name: 'Hemtjänst Jönköping' }, 'Municipal staff');
    await page.getByRole('heading', { name: 'Coordination overview' }).waitFor();
    await page.getByRole('link', { name: 'Handover inbox' }).click();
    await page.getByRole('heading', { name: 'Handover inbox' }).waitFor();
    await page.getByText('No handovers for your care link yet').waitFor();
    expect(
      await page.getByText('Signed in as nurse-anna (Municipal staff) for Hemtjänst Jönköping').isVisible(),
    ).toBe(true);
    await screenshot(page, 'inbox-empty');
  });

  it('shows the new handover without reloading, opens it, and acknowledges it', async () => {
    const loads: string[] = [];
    page.on('load', () => loads.push(page.url()));
    const readyAt = new Date(Date.now() - 60_000).toISOString();
    expect(
      (
        await platform.submit(
          careEvents.admitted(esther, new Date(Date.now() - 86_400_000).toISOString(), WARD),
        )
      ).status,
    ).toBe(201);
    expect(
      (
        await platform.submit(
          careEventEnvelope('MedicallyReadyForDischarge', esther, readyAt, WARD, {
            stayId: `stay-${esther}`,
            readyAt,
            expectedDestinationCareLinkId: HOME_CARE,
          }),
        )
      ).status,
    ).toBe(201);

    const row = page.getByRole('row', { name: new RegExp(esther) });
    await row.waitFor({ timeout: 30_000 });
    expect(loads).toEqual([]);
    expect(await row.getByText('New').isVisible()).toBe(true);
    expect(await row.getByText('On time').isVisible()).toBe(true);
    expect(await row.getByText('Medicin 3').isVisible()).toBe(true);
    await screenshot(page, 'inbox-new-handover');

    await row.getByRole('link', { name: esther }).click();
    await page.getByRole('heading', { name: `Handover for patient ${esther}` }).waitFor();
    // Exactly the requested fields, labelled, the ward by its name.
    const requested = page.locator('dl.requested');
    expect((await requested.locator('dt').allTextContents()).sort()).toEqual([
      'Medically ready since',
      'Patient',
      'Patient id',
      'Stay',
      'Ward',
    ]);
    expect(await requested.getByText(esther, { exact: true }).isVisible()).toBe(true);
    expect(await requested.getByText('Medicin 3, Länssjukhuset Ryhov', { exact: true }).isVisible()).toBe(
      true,
    );
    expect(await page.getByText('Every requested item is filled in.').isVisible()).toBe(true);
    await screenshot(page, 'handover-opened');

    await page.getByRole('button', { name: 'Acknowledge' }).click();
    await page.getByText(/^Acknowledged .* by nurse-anna$/).waitFor();
    await screenshot(page, 'handover-acknowledged');

    const { sentHandovers } = await platform.ask<{ sentHandovers: { acknowledgedAt: string | null }[] }>(
      '{ sentHandovers { acknowledgedAt } }',
      {},
      WARD,
    );
    expect(sentHandovers).toEqual([{ acknowledgedAt: expect.any(String) }]);

    await page.getByRole('link', { name: 'Back to the inbox' }).click();
    await page
      .getByRole('row', { name: new RegExp(esther) })
      .getByText(/^Acknowledged /)
      .waitFor();
  });

  it("shows the patient's journey and shared care plan to the receiving link, in Swedish when chosen", async () => {
    const goal = 'Att kunna gå till affären igen';
    await platform.ask(
      'mutation($input: SaveCarePlanInput!) { saveCarePlan(input: $input) { version } }',
      {
        input: {
          patientId: esther,
          baseVersion: 0,
          goals: [goal],
          actions: [
            { description: 'Hemtjänst morgon och kväll', responsibleCareLinkId: HOME_CARE, dueDate: null },
          ],
          contacts: [{ description: 'Trygghetslarmet', phone: '036-10 20 30', available: 'day-and-night' }],
        },
      },
      WARD,
    );
    await eventually(
      async () =>
        (
          await platform.ask<{ currentCarePlan: object | null }>(
            'query($p: ID!) { currentCarePlan(patientId: $p) { version } }',
            { p: esther },
            HOME_CARE,
          )
        ).currentCarePlan ?? undefined,
      'the care plan',
    );
    await page.getByRole('link', { name: 'Patient', exact: true }).click();
    await page.getByLabel('Patient id').fill(esther);
    await page.getByRole('button', { name: 'Show' }).click();
    await page.getByRole('heading', { name: 'Journey' }).waitFor();
    await eventually(
      async () => ((await page.locator('ol.timeline > li').count()) >= 2 ? true : undefined),
      'admission and ready on the timeline',
    );
    // Each section loads on its own; wait for what it shows rather than look once.
    await page.getByText('No medicine list has been shared for this patient.').waitFor();
    const plan = page.getByRole('region', { name: 'Shared care plan' });
    await plan.getByText(goal).waitFor();
    expect(
      await plan
        .getByRole('row', { name: /Hemtjänst morgon och kväll/ })
        .getByText('Hemtjänst Jönköping')
        .isVisible(),
    ).toBe(true);
    await page.getByLabel('Language').selectOption('sv');
    await page.getByRole('heading', { name: 'Vårdförlopp' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    await screenshot(page, 'patient-journey-sv');
  });

  it('lists her among the patients waiting in hospital on the overview, with her days so far', async () => {
    await page.getByLabel('Språk').selectOption('en');
    await page.getByRole('link', { name: 'Overview' }).click();
    const waiting = page.getByRole('row', { name: new RegExp(esther) });
    await waiting.waitFor();
    expect((await waiting.getByRole('cell').allTextContents()).slice(0, 4)).toEqual([
      'Ready, on Medicin 3, Länssjukhuset Ryhov, going to Hemtjänst Jönköping',
      expect.any(String),
      '0',
      'Not recorded',
    ]);
    // As on a ward's tablet.
    await page.setViewportSize({ width: 768, height: 1024 });
    await screenshot(page, 'overview-waiting-tablet');
  });
});
