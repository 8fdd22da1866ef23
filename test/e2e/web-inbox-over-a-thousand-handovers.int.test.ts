import { careEventEnvelope, careEvents, eventually, uniquePatientId } from '@carechain/testing';
import type { Browser, Page } from 'playwright-core';
import { homeCare, municipality } from './directory-entries';
import { RunningPlatform } from './running-platform';
import {
  expectNoAxeViolationsInBothLanguages,
  launchChromium,
  openPage,
  screenshot,
  signInToOverview,
} from './web-browser';

// Not in the directory: the timeline must say it does not know the ward rather than show its id alone.
const WARD = 'ryhov-kir-9';
const HOME_CARE = 'vaggeryd-home-care';
const HOME_CARE_NAME = 'Hemtjänst Vaggeryd';
// Patients, each with a package per need: more than a thousand packages from few trigger events.
const BACKLOG = 170;
const NEEDS = [
  ['ward', '{ patient { patientId stay { wardCareLinkId medicallyReadySince } } }'],
  ['medicines', '{ patient { patientId medicineList { changedAt medications { text dose } } } }'],
  ['care-plan', '{ patient { patientId carePlan { goals } } }'],
  ['journey', '{ patient { patientId journey { status } } }'],
  ['delay', '{ patient { patientId stay { dischargeDelayCause } } }'],
  ['destination', '{ patient { patientId stay { receivingCareLinkId } } }'],
];
const DAY = 86_400_000;
const LATE = 5;

const TOTAL = /^Visar (\d+) av (\d+) överföringar\.$/;

describe('web, in Swedish: a home-care unit with more than a thousand handovers still sees a new one first', () => {
  let platform: RunningPlatform;
  let browser: Browser;
  let planner: Page;
  const newcomer = uniquePatientId();

  const inboxCount = async () =>
    (
      await platform.ask<{ handoverInboxPage: { totalCount: number } }>(
        '{ handoverInboxPage(first: 1) { totalCount } }',
        {},
        HOME_CARE,
      )
    ).handoverInboxPage.totalCount;
  const readyFor = (patientId: string, readyAt: string) =>
    careEventEnvelope('MedicallyReadyForDischarge', patientId, readyAt, WARD, {
      stayId: `stay-${patientId}`,
      readyAt,
      expectedDestinationCareLinkId: HOME_CARE,
    });
  const firstRow = () => planner.getByRole('table').first().locator('tbody tr').first();

  beforeAll(async () => {
    [platform, browser] = await Promise.all([RunningPlatform.start(), launchChromium()]);
    await platform.saveDirectory(
      [municipality('vaggeryd-municipality', 'Vaggeryds kommun')],
      [homeCare(HOME_CARE, HOME_CARE_NAME, 'vaggeryd-municipality')],
    );
    // What the unit asks for when a patient is ready, one specification per kind of need.
    for (const [need, document] of NEEDS)
      await platform.saveHandoverSpecification(HOME_CARE, {
        specificationId: `vaggeryd-${need}`,
        name: need,
        trigger: 'medically-ready',
        document,
      });
    // A backlog as the wards built it up over the past days, sent through the public batch intake: the
    // first few patients' deadlines already passed, the rest are due within the three days.
    const events = Array.from({ length: BACKLOG }, (_, i) => {
      const patientId = uniquePatientId();
      const readyAt = new Date(Date.now() - (i < LATE ? 10 * DAY : 2 * DAY) + i * 60_000).toISOString();
      return [
        careEvents.admitted(patientId, new Date(Date.now() - 40 * DAY).toISOString(), WARD),
        readyFor(patientId, readyAt),
      ];
    }).flat();
    for (let i = 0; i < events.length; i += 1000) {
      const response = await fetch(`${platform.services['care-events'].url}/care-events/batch`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ events: events.slice(i, i + 1000) }),
      });
      expect(response.status).toBe(200);
    }
    await eventually(
      async () => ((await inboxCount()) >= NEEDS.length * BACKLOG ? true : undefined),
      'the backlog delivered',
      180_000,
    );
    planner = await openPage(browser, platform.services.gateway.url, 'sv-SE');
    await planner.context().grantPermissions(['notifications']);
    // The page under test is ours; the browser's notification is observed as the page makes it.
    await planner.addInitScript(() => {
      const Real = window.Notification;
      const made: { title: string; body?: string }[] = [];
      (window as unknown as { madeNotifications: typeof made }).madeNotifications = made;
      class Observed extends Real {
        constructor(title: string, options?: NotificationOptions) {
          super(title, options);
          made.push({ title, body: options?.body });
        }
      }
      window.Notification = Observed as typeof Notification;
    });
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('pages the whole backlog: twenty-five at a time, more on request, every package counted', async () => {
    await signInToOverview(planner, 'planerare-lena', HOME_CARE_NAME, 'Kommunal personal');
    await planner.getByRole('link', { name: 'Överföringar' }).click();
    const showing = planner.getByText(TOTAL);
    await showing.waitFor({ timeout: 30_000 });
    const [, shown, total] = TOTAL.exec((await showing.textContent())!)!;
    expect(Number(shown)).toBe(25);
    expect(Number(total)).toBeGreaterThan(1000);
    await planner.getByRole('button', { name: 'Visa fler' }).click();
    await planner.getByText(`Visar 50 av ${total} överföringar.`).waitFor();
    expect(await planner.getByRole('table').first().locator('tbody tr').count()).toBe(50);
    await planner.getByLabel('Försenade').check();
    await planner.getByText(`Visar 25 av ${LATE * NEEDS.length} överföringar.`).waitFor();
    await planner.getByLabel('Försenade').uncheck();
  });

  it('turns on browser notifications, then shows and announces a newly delivered package first', async () => {
    await planner.getByRole('button', { name: 'Slå på aviseringar' }).click();
    await planner.getByText('Aviseringar om nya överföringar är på.').waitFor();
    const readyAt = new Date(Date.now() - 60_000).toISOString();
    expect((await platform.submit(careEvents.admitted(newcomer, readyAt, WARD))).status).toBe(201);
    expect((await platform.submit(readyFor(newcomer, readyAt))).status).toBe(201);

    await firstRow().getByRole('link', { name: newcomer }).waitFor({ timeout: 60_000 });
    expect(await firstRow().getByText('Ny', { exact: true }).isVisible()).toBe(true);
    await planner.getByTestId('announcements').getByText(new RegExp(newcomer)).waitFor();
    const made = await eventually(async () => {
      const now = await planner.evaluate(
        () =>
          (window as unknown as { madeNotifications: { title: string; body?: string }[] }).madeNotifications,
      );
      return now.length >= NEEDS.length ? now : undefined;
    }, 'a notification for each of her packages');
    // One for each of her packages, each naming her and the ward the directory does not know.
    expect(made).toEqual(
      NEEDS.map(() => ({
        title: 'Ny överföring',
        body: `Ny överföring för patient ${newcomer} från okänd vårdgivare (${WARD})`,
      })),
    );
    await screenshot(planner, 'inbox-over-a-thousand-sv');

    // Read again from the gateway, not held by the page: the database's order puts it first.
    await planner.reload();
    await firstRow().getByRole('link', { name: newcomer }).waitFor({ timeout: 30_000 });
    await expectNoAxeViolationsInBothLanguages(planner, 'Överföringar');
    await planner.getByLabel('Gruppera per patient').check();
    await planner.getByRole('rowheader', { name: new RegExp(`${newcomer}.*\\(6 överföringar\\)`) }).waitFor();
    await expectNoAxeViolationsInBothLanguages(planner, 'Överföringar');
  });

  it('names a ward missing from the directory as an unknown care provider on the timeline', async () => {
    await planner.getByRole('link', { name: 'Patient', exact: true }).click();
    await planner.getByLabel('Patient-id').fill(newcomer);
    await planner.getByRole('button', { name: 'Visa' }).click();
    await planner.getByRole('heading', { name: 'Vårdförlopp' }).waitFor();
    const entries = planner.locator('ol.timeline > li .event-link');
    await eventually(async () => ((await entries.count()) >= 2 ? true : undefined), 'the timeline');
    expect(await entries.allTextContents()).toContain(`okänd vårdgivare (${WARD})`);
  });
});
