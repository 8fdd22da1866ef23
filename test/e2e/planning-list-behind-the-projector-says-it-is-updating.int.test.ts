import {
  careEventEnvelope,
  careEvents,
  eventually,
  serviceEnv,
  startServiceProcess,
  uniquePatientId,
} from '@carechain/testing';
import type { Browser, Page } from 'playwright-core';
import type { RunningPlatform } from './running-platform';
import { startWardPlanning, WARD, WARD_LABEL } from './ward-planning-platform';
import { openPage, screenshot, signInInSwedish } from './web-browser';

const PLANNING = `{ dischargePlanning { patientId expectedDischargeDate updating notices { notice } } }`;

interface PlanningView {
  dischargePlanning: {
    patientId: string;
    expectedDischargeDate: string | null;
    updating: boolean;
    notices: { notice: string }[];
  }[];
}

describe('the discharge-planning list, read from the read models, says it is updating while the projector is behind its notices', () => {
  let platform: RunningPlatform;
  let browser: Browser;
  let page: Page | undefined;
  const patientId = uniquePatientId();

  const stayOf = async () => {
    const { data, errors } = await platform.graphql<PlanningView>(PLANNING, {}, WARD);
    if (errors) throw new Error(errors.map((e) => e.message).join('; '));
    return data!.dischargePlanning.find((s) => s.patientId === patientId);
  };

  beforeAll(async () => {
    ({ browser, platform } = await startWardPlanning());
  }, 240_000);

  afterAll(async () => {
    await page?.context().close();
    await browser?.close();
    await platform?.stop();
  });

  it('shows the expected discharge date once the projector has applied it, and says "updating" until then', async () => {
    const admitted = careEvents.admitted(patientId, new Date(Date.now() - 3_600_000).toISOString(), WARD);
    expect((await platform.submit(admitted)).status).toBe(201);
    const settled = await eventually(async () => {
      const stay = await stayOf();
      return stay && !stay.updating ? stay : undefined;
    }, 'her admission notices with the read models holding the admission');
    expect(settled.expectedDischargeDate).toBeNull();

    // The projector stops; the ward sets the expected discharge date, and the gateway owes its notice.
    await platform.services.projector.stop();
    const dateSet = careEventEnvelope('ExpectedDischargeDateSet', patientId, new Date().toISOString(), WARD, {
      stayId: `stay-${patientId}`,
      expectedDischargeDate: '2026-12-24',
    });
    expect((await platform.submit(dateSet)).status).toBe(201);
    const behind = await eventually(async () => {
      const stay = await stayOf();
      return stay?.notices.some((n) => n.notice === 'expected-discharge-date') ? stay : undefined;
    }, 'the expected-discharge-date notice in her row');
    expect(behind).toMatchObject({ updating: true, expectedDischargeDate: null });

    page = await openPage(browser, platform.services.gateway.url, 'sv-SE');
    await signInInSwedish(page, 'ssk-karin', WARD_LABEL, 'Sjukhuspersonal');
    await page.getByRole('link', { name: 'Utskrivningsplanering' }).click();
    const row = page.getByRole('row', { name: new RegExp(patientId) });
    await row.getByText('Uppdateras – möten och datum visas strax').waitFor();
    await screenshot(page, 'discharge-planning-updating');

    // The projector comes back and catches up: the date shows, and the page stops saying it is updating.
    platform.services.projector = await startServiceProcess(
      'projector',
      serviceEnv(platform.db.url, platform.broker.brokers),
    );
    const caughtUp = await eventually(async () => {
      const stay = await stayOf();
      return stay && !stay.updating ? stay : undefined;
    }, 'her row once the projector has caught up');
    expect(caughtUp.expectedDischargeDate).toBe('2026-12-24');
    // The day as people in Sweden read it, not as it is stored.
    await row.getByText('24 dec. 2026', { exact: true }).waitFor({ timeout: 60_000 });
    expect(await row.getByText('Uppdateras – möten och datum visas strax').count()).toBe(0);
  }, 300_000);
});
