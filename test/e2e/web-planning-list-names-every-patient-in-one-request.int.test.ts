import { careEvents, eventually, uniquePatientId } from '@carechain/testing';
import type { Browser, Page } from 'playwright-core';
import type { RunningPlatform } from './running-platform';
import { startWardPlanning, WARD, WARD_LABEL } from './ward-planning-platform';
import { openPage, screenshot, signInInSwedish } from './web-browser';

const PATIENTS = [
  {
    patientId: uniquePatientId(),
    familyName: 'Svensson',
    givenNames: 'Esther',
    personalIdentityNumber: '193811231236',
  },
  {
    patientId: uniquePatientId(),
    familyName: 'Karlsson',
    givenNames: 'Gunnar',
    personalIdentityNumber: '193811231244',
  },
  {
    patientId: uniquePatientId(),
    familyName: 'Lind',
    givenNames: 'Maj',
    personalIdentityNumber: '193811231251',
  },
];

describe("the ward nurse's discharge-planning list names every patient with one identity request, not one per row", () => {
  let platform: RunningPlatform;
  let browser: Browser;
  let page: Page | undefined;

  beforeAll(async () => {
    ({ browser, platform } = await startWardPlanning());
    for (const [i, { patientId, ...identity }] of PATIENTS.entries()) {
      const at = new Date(Date.now() - (i + 1) * 3_600_000).toISOString();
      expect((await platform.submit(careEvents.admitted(patientId, at, WARD))).status).toBe(201);
      // The hospital's EHR tells the identity register who she or he is.
      const told = await fetch(`${platform.services['care-events'].url}/patients/${patientId}/identity`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(identity),
      });
      expect(told.status).toBe(200);
    }
    await eventually(async () => {
      const { data } = await platform.graphql<{ dischargePlanning: { patientId: string }[] }>(
        '{ dischargePlanning { patientId } }',
        {},
        WARD,
      );
      const listed = new Set(data?.dischargePlanning.map((s) => s.patientId));
      return PATIENTS.every((p) => listed.has(p.patientId)) ? true : undefined;
    }, 'the three admissions in the planning list');
  }, 240_000);

  afterAll(async () => {
    await page?.context().close();
    await browser?.close();
    await platform?.stop();
  });

  it('shows the three names, asked for in one request', async () => {
    page = await openPage(browser, platform.services.gateway.url, 'sv-SE');
    await signInInSwedish(page, 'ssk-karin', WARD_LABEL, 'Sjukhuspersonal');
    await page.getByRole('heading', { name: 'Samordningsöversikt' }).waitFor();
    const identityRequests: string[] = [];
    page.on('request', (request) => {
      const body = request.postData() ?? '';
      if (/patientIdentit(y|ies)\(/.test(body)) identityRequests.push(body);
    });
    // Opened afresh, the page keeps nothing the overview asked for.
    await page.goto('/discharge-planning');
    for (const { patientId, givenNames, familyName } of PATIENTS)
      await page
        .getByRole('row', { name: new RegExp(`${givenNames} ${familyName} .*${patientId}`) })
        .waitFor({ timeout: 60_000 });
    await screenshot(page, 'discharge-planning-named-in-one-request');
    // Neither recipient is in the directory: the ward reads which one it must add.
    const first = page.getByRole('row', { name: new RegExp(PATIENTS[0].patientId) });
    expect(await first.getByText('Inskrivningsmeddelande → hemkommunen saknas i katalogen').count()).toBe(1);
    expect(await first.getByText('Inskrivningsmeddelande → vårdcentralen saknas i katalogen').count()).toBe(
      1,
    );
    expect(identityRequests).toHaveLength(1);
    expect(identityRequests[0]).toContain('patientIdentities(');
    for (const { patientId } of PATIENTS) expect(identityRequests[0]).toContain(patientId);
  }, 120_000);
});
