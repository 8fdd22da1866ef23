import type { Browser, Page } from 'playwright-core';
import { eventually, freePort } from '@carechain/testing';
import { RunningPlatform } from './running-platform';
import {
  expectNoAxeViolationsInBothLanguages,
  launchChromium,
  openPage,
  screenshot,
  signInInSwedish,
} from './web-browser';

const COORDINATION = 'esther-coordination';
const COORDINATION_NAME = 'Esther-samordning';
const TITLE = 'Integratörer';

interface Setting {
  connectionId: string;
  enabled: boolean;
  version: number;
}

describe('web, in Swedish: an integrator adds an EHR connection, pauses it, and meets a colleague’s change', () => {
  let platform: RunningPlatform;
  let browser: Browser;
  let integrator: Page;

  const gql = async <T>(query: string, variables: object, roles: string) => {
    const { data, errors } = await platform.graphql<T>(query, variables, COORDINATION, roles);
    if (errors) throw new Error(errors.map((e) => e.message).join('; '));
    return data!;
  };
  const stored = async () =>
    (
      await gql<{ ehrConnectionSettings: Setting[] }>(
        '{ ehrConnectionSettings { connectionId enabled version } }',
        {},
        'integrator',
      )
    ).ehrConnectionSettings;

  beforeAll(async () => {
    // A FHIR adapter beside the gateway, which syncs what the integrator adds and reports how it fares.
    const adapterPort = await freePort();
    [platform, browser] = await Promise.all([
      RunningPlatform.start(
        { 'fhir-adapter': {}, gateway: { FHIR_ADAPTER_URL: `http://127.0.0.1:${adapterPort}` } },
        { 'fhir-adapter': adapterPort },
      ),
      launchChromium(),
    ]);
    await gql(
      'mutation($input: OrganisationInput!) { saveOrganisation(input: $input) { organisationId } }',
      { input: { organisationId: 'region-jkpg', name: 'Region Jönköpings län', kind: 'region' } },
      'coordinator',
    );
    await gql(
      'mutation($input: CareLinkInput!) { saveCareLink(input: $input) { careLinkId } }',
      {
        input: {
          careLinkId: COORDINATION,
          name: COORDINATION_NAME,
          kind: 'other',
          organisationId: 'region-jkpg',
        },
      },
      'coordinator',
    );
    integrator = await openPage(browser, platform.services.gateway.url, 'sv-SE');
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('names next to each field what the gateway refused, in Swedish, and takes her to the first', async () => {
    await signInInSwedish(integrator, 'integrator-ines', COORDINATION_NAME, 'Integratör');
    await integrator.getByRole('heading', { name: 'Tillagda anslutningar' }).waitFor();
    await integrator.getByText('Inga anslutningar är tillagda här ännu').waitFor();
    await integrator.getByRole('button', { name: 'Lägg till anslutning' }).click();
    // What must be filled in says so; what has a default does not.
    for (const required of [
      'Namn på anslutningen (obligatoriskt)',
      'Journalsystemets FHIR-adress (obligatoriskt)',
      'Vårdenheter som journalsystemet talar för (obligatoriskt)',
      'Identifierarsystem för nätverkets pseudonym (obligatoriskt)',
      'Inloggning (obligatoriskt)',
    ])
      expect(await integrator.getByLabel(required, { exact: true }).isVisible()).toBe(true);
    expect(await integrator.getByLabel('Resurser per sida', { exact: true }).isVisible()).toBe(true);
    await integrator.getByLabel('Namn på anslutningen').fill('ryhov');
    await integrator.getByLabel('Journalsystemets FHIR-adress').fill('ftp://ehr.ryhov.example');
    await integrator.getByLabel('Vårdenheter som journalsystemet talar för').fill('ryhov-akm');
    const pseudonymSystem = integrator.getByLabel('Identifierarsystem för nätverkets pseudonym');
    await pseudonymSystem.fill('https://esther.example/fhir/sid/patient-pseudonym');
    // The whole address is in view, not cut off in a box sized for a word.
    expect(await pseudonymSystem.evaluate((box) => box.scrollWidth <= box.clientWidth)).toBe(true);
    await integrator.getByLabel('Resurser per sida').fill('5000');
    await integrator.getByRole('button', { name: 'Lägg till', exact: true }).click();
    await integrator.getByText('Ange en http- eller https-adress till en FHIR R4-server.').waitFor();
    expect(await integrator.getByText('Ange ett heltal från 1 till 1000.').isVisible()).toBe(true);
    await integrator.locator(':focus').and(integrator.getByLabel('Journalsystemets FHIR-adress')).waitFor();
    expect(await integrator.getByLabel('Journalsystemets FHIR-adress').getAttribute('aria-invalid')).toBe(
      'true',
    );
    expect(await stored()).toEqual([]);
    await expectNoAxeViolationsInBothLanguages(integrator, TITLE);
    await screenshot(integrator, 'ehr-connection-refused-sv');
  });

  it('adds the connection, and pauses it', async () => {
    await integrator.getByLabel('Journalsystemets FHIR-adress').fill('https://ehr.ryhov.example/fhir/R4');
    await integrator.getByLabel('Resurser per sida').fill('100');
    await integrator.getByRole('button', { name: 'Lägg till', exact: true }).click();
    await integrator
      .locator(':focus')
      .filter({ hasText: 'Anslutningen ryhov är tillagd; adaptern börjar synka den.' })
      .waitFor();
    await integrator.getByRole('row', { name: /ryhov https:\/\/ehr\.ryhov\.example\/fhir\/R4 Ja/ }).waitFor();
    expect(await stored()).toEqual([{ connectionId: 'ryhov', enabled: true, version: 1 }]);
    await screenshot(integrator, 'ehr-connection-added-sv');

    // The adapter cannot reach an EHR at that address: its state reads in Swedish, never in its own words.
    const status = integrator.locator('table.ehr-connections');
    const failing = /^(Försöker igen efter ett fel|Senaste synken misslyckades|Vilar efter upprepade fel)$/;
    const settled = await eventually(async () => {
      await integrator.reload();
      const state = await status.locator('tr', { hasText: 'ryhov' }).locator('td').first().textContent();
      if (state === 'Startar' || state === 'Synkar') await integrator.waitForTimeout(1000);
      else return state;
    }, 'the adapter reporting its first failed sync');
    expect(settled).toMatch(failing);
    await screenshot(integrator, 'ehr-connection-failing-sv');

    await integrator.getByRole('button', { name: 'Pausa ryhov' }).click();
    const row = integrator.getByRole('row', { name: /ryhov .* Pausad/ });
    await row.waitFor();
    await row.getByRole('status').getByText('Sparat.', { exact: true }).waitFor();
    expect(await stored()).toEqual([{ connectionId: 'ryhov', enabled: false, version: 2 }]);
  });

  it('asks before resuming over a colleague’s newer change, and takes theirs when she chooses', async () => {
    await gql(
      'mutation { resumeEhrConnection(connectionId: "ryhov", expectedVersion: 2) { version } }',
      {},
      'integrator',
    );
    await gql(
      'mutation { pauseEhrConnection(connectionId: "ryhov", expectedVersion: 3) { version } }',
      {},
      'integrator',
    );
    // The page still shows version 2, paused: resuming from it is refused and both are shown.
    await integrator.getByRole('button', { name: 'Återuppta ryhov' }).click();
    await integrator.getByText('Någon ändrade detta först.').waitFor();
    await integrator.getByText('Pausad (version 4)').waitFor();
    // What was saved before is not what happened now.
    expect(
      await integrator
        .getByRole('row', { name: /ryhov .* Pausad/ })
        .getByText(/^Sparat(\.|, uppdaterar)/)
        .count(),
    ).toBe(0);
    await expectNoAxeViolationsInBothLanguages(integrator, TITLE);
    await screenshot(integrator, 'ehr-connection-conflict-sv');
    expect(await stored()).toEqual([{ connectionId: 'ryhov', enabled: false, version: 4 }]);

    await integrator.getByRole('button', { name: 'Spara min över deras' }).click();
    await integrator.getByRole('row', { name: /ryhov .* Ja/ }).waitFor();
    expect(await stored()).toEqual([{ connectionId: 'ryhov', enabled: true, version: 5 }]);
  });
});
