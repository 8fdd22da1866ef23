import { careEvents, eventually, uniquePatientId } from '@carechain/testing';
import type { Browser, Page } from 'playwright-core';
import { homeCare, municipality, REGION_JONKOPING, ryhovWard } from './directory-entries';
import { RunningPlatform } from './running-platform';
import {
  conflictShowingBoth,
  expectNoAxeViolationsInBothLanguages,
  launchChromium,
  openPage,
  screenshot,
  signInInSwedish,
  signInToOverview,
} from './web-browser';

const WARD = 'ryhov-med-4';
const HOME_CARE = 'habo-home-care';
const WARD_LABEL = 'Medicin 4 (Länssjukhuset Ryhov)';
const HOME_CARE_NAME = 'Hemtjänst Habo';
/** How staff caring for her read her in a heading: name, personal identity number, then the pseudonymous id. */
const named = (id: string) => `Esther Svensson Personnummer 19381123-1234 (${id})`;

describe('web, in Swedish: ward nurses coordinate a discharge and home care receives it', () => {
  let platform: RunningPlatform;
  let browser: Browser;
  let nurse: Page;
  const esther = uniquePatientId();
  const namedEsther = named(esther);

  const open = async () => openPage(browser, platform.services.gateway.url, 'sv-SE');
  const patientPage = async (page: Page) => {
    await page.getByRole('link', { name: 'Patient', exact: true }).click();
    await page.getByLabel('Patient-id').fill(esther);
    await page.getByRole('button', { name: 'Visa' }).click();
    await page.getByRole('heading', { name: 'Vårdförlopp' }).waitFor();
    // Staff caring for her read whom the page is about, not only her pseudonymous id.
    await page.getByRole('heading', { name: `Patient ${namedEsther}` }).waitFor();
  };

  beforeAll(async () => {
    [platform, browser] = await Promise.all([RunningPlatform.start(), launchChromium()]);
    await platform.saveDirectory(
      [REGION_JONKOPING, municipality('habo-municipality', 'Habo kommun')],
      [ryhovWard(WARD, 'Medicin 4'), homeCare(HOME_CARE, HOME_CARE_NAME, 'habo-municipality')],
    );
    await platform.saveHandoverSpecification(HOME_CARE, {
      specificationId: 'habo-needs-at-ready',
      name: 'Inför utskrivning',
      trigger: 'medically-ready',
      document: '{ patient { patientId stay { wardCareLinkId medicallyReadySince } } }',
    });
    expect(
      (
        await platform.submit(
          careEvents.admitted(esther, new Date(Date.now() - 2 * 86_400_000).toISOString(), WARD),
        )
      ).status,
    ).toBe(201);
    // The hospital's EHR tells the identity register who she is.
    const told = await fetch(`${platform.services['care-events'].url}/patients/${esther}/identity`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        familyName: 'Svensson',
        givenNames: 'Esther',
        personalIdentityNumber: '193811231234',
      }),
    });
    expect(told.status).toBe(200);
    await eventually(
      async () =>
        (
          await platform.ask<{ patientJourney: object | null }>(
            'query($p: ID!) { patientJourney(patientId: $p) { status } }',
            { p: esther },
            WARD,
          )
        ).patientJourney ?? undefined,
      'the admission in the journey',
    );
    nurse = await open();
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('lands a ward nurse on the coordination overview with only the staff tabs', async () => {
    await signInToOverview(nurse, 'ssk-karin', WARD_LABEL, 'Sjukhuspersonal');
    const tabs = await nurse
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link')
      .allTextContents();
    expect(tabs).toEqual([
      'Översikt',
      'Överföringar',
      'Patient',
      'Utskrivningsplanering',
      'Samverkansbrister',
      'Kvalitetstid',
      'Klagomål',
      'Förbättringsarbete',
    ]);
    // Her unit by its directory name with its hospital, in the header and the page's introduction.
    expect(
      await nurse
        .getByText('Inloggad som ssk-karin (Sjukhuspersonal) för Medicin 4, Länssjukhuset Ryhov')
        .isVisible(),
    ).toBe(true);
    expect(await nurse.getByText(/^Patienter för Medicin 4, Länssjukhuset Ryhov:/).isVisible()).toBe(true);
    await expectNoAxeViolationsInBothLanguages(nurse, 'Samordningsöversikt');
    await screenshot(nurse, 'staff-overview-sv');
  });

  it('marks the patient medically ready with her expected destination, and the page says so once the view has it', async () => {
    await patientPage(nurse);
    const readiness = nurse.getByRole('region', { name: 'Utskrivningsklar', exact: true });
    await readiness.getByText('Patienten är inte markerad som utskrivningsklar.').waitFor();
    await readiness.getByLabel('Förväntas gå till').selectOption({ label: HOME_CARE_NAME });
    await readiness.getByRole('button', { name: 'Markera utskrivningsklar' }).click();
    await readiness.getByText(/^Utskrivningsklar sedan /).waitFor({ timeout: 30_000 });
    expect(
      await readiness.getByRole('button', { name: 'Ångra: inte utskrivningsklar ändå' }).isVisible(),
    ).toBe(true);
    // The timeline is told in Swedish from the event type, not the stored English summary.
    await nurse.locator('ol.timeline').getByText('Utskrivningsklar', { exact: true }).waitFor();
    expect(
      await nurse
        .locator('ol.timeline')
        .getByText(/Medically ready|Admitted/)
        .count(),
    ).toBe(0);
  });

  it('refuses a delay cause without a cause next to the field, then records one using only the keyboard', async () => {
    const delay = nurse.getByRole('region', { name: 'Varför är patienten kvar på sjukhuset?' });
    await delay.getByRole('button', { name: 'Registrera orsak' }).click();
    expect(await delay.getByText('Välj en orsak.').isVisible()).toBe(true);
    expect(await delay.getByLabel('Orsak', { exact: true }).getAttribute('aria-invalid')).toBe('true');

    // Keyboard only: a cause with the arrow key, Tab to the note, Tab on to the button, Enter.
    await delay.getByLabel('Orsak', { exact: true }).focus();
    await nurse.keyboard.press('ArrowDown');
    await nurse.keyboard.press('Tab');
    expect(await delay.getByLabel('Anteckning').evaluate((e) => e.matches(':focus'))).toBe(true);
    await nurse.keyboard.type('Väntar på biståndsbeslut');
    const submit = delay.getByRole('button', { name: 'Registrera orsak' });
    for (let i = 0; i < 10 && !(await submit.evaluate((e) => e.matches(':focus'))); i++)
      await nurse.keyboard.press('Tab');
    await nurse.keyboard.press('Enter');
    await delay
      .getByText(/^Brist på hemtjänst från .* \(Medicin 4, Länssjukhuset Ryhov\)/)
      .waitFor({ timeout: 30_000 });
    await expectNoAxeViolationsInBothLanguages(nurse, 'Vårdförlopp');
    await screenshot(nurse, 'staff-patient-ready-and-delay-sv');
  });

  it('writes the SIP, told next to the field what is missing first', async () => {
    const plan = nurse.getByRole('region', { name: 'Samordnad individuell plan (SIP)' });
    await plan.getByRole('button', { name: 'Skriv en SIP' }).click();
    await plan.getByRole('button', { name: 'Spara SIP' }).click();
    await plan.getByText('Skriv minst ett mål, med patientens egna ord.').waitFor();
    await plan.getByLabel('Mål 1').fill('Att kunna gå till affären igen');
    await plan.getByLabel('Vem man ringer 1').fill('Trygghetslarmet');
    await plan.getByLabel('Telefon').fill('036-10 20 30');
    await plan.getByRole('button', { name: 'Lägg till insats' }).click();
    await plan.getByLabel('Insats 1').fill('Hemtjänst morgon och kväll');
    await plan.getByLabel('Ansvarig').selectOption({ label: HOME_CARE_NAME });
    // A row added by mistake comes off again, whichever it is.
    await plan.getByRole('button', { name: 'Lägg till rekommendation' }).click();
    await plan.getByRole('button', { name: 'Lägg till rekommendation' }).click();
    await plan.getByLabel('Rekommendation 1').fill('Vikt varje dag');
    await plan.getByLabel('Rekommendation 2').fill('Vikt varje vecka');
    await plan.getByRole('button', { name: 'Ta bort Rekommendation 1' }).click();
    expect(await plan.getByLabel('Rekommendation 1').inputValue()).toBe('Vikt varje vecka');
    expect(await plan.getByLabel('Rekommendation 2').count()).toBe(0);
    await plan.getByRole('button', { name: 'Ta bort Rekommendation 1' }).click();
    expect(await plan.getByLabel('Rekommendation 1').count()).toBe(0);
    await screenshot(nurse, 'staff-sip-editor-sv');
    await plan.getByRole('button', { name: 'Spara SIP' }).click();
    await plan.getByText(/^Version 1, sparad /).waitFor({ timeout: 30_000 });
    expect(
      await plan
        .getByRole('row', { name: /Hemtjänst morgon och kväll/ })
        .getByText(HOME_CARE_NAME)
        .isVisible(),
    ).toBe(true);
  });

  it('adds a medicine with its reason, and the list says "1 ändring"', async () => {
    const form = nurse.getByRole('form', { name: 'Ändra läkemedelslistan' });
    await form.getByLabel('Läkemedel').fill('Furosemid 40 mg tablett');
    await form.getByRole('button', { name: 'Spara ändringen' }).click();
    expect(await form.getByText('Ange dosen.').isVisible()).toBe(true);
    await form.getByLabel('Dos').fill('40 mg');
    await form.getByLabel('Frekvens').fill('1 gång dagligen');
    await form.getByLabel('Orsak').fill('Ökade ödem');
    await form.getByRole('button', { name: 'Spara ändringen' }).click();
    await nurse.getByRole('row', { name: /Furosemid 40 mg tablett/ }).waitFor({ timeout: 30_000 });
    await nurse.getByText(/^1 ändring, senast /).waitFor();
    await screenshot(nurse, 'staff-patient-medicines-sv');
  });

  it('tells a second nurse saving the same SIP that someone changed it first, and lets her choose', async () => {
    const second = await open();
    await signInToOverview(second, 'ssk-ali', WARD_LABEL, 'Sjukhuspersonal');
    await patientPage(second);
    const mine = nurse.getByRole('region', { name: 'Samordnad individuell plan (SIP)' });
    const theirs = second.getByRole('region', { name: 'Samordnad individuell plan (SIP)' });
    await mine.getByRole('button', { name: 'Redigera SIP' }).click();
    await theirs.getByRole('button', { name: 'Redigera SIP' }).click();

    await theirs.getByRole('button', { name: 'Lägg till rekommendation' }).click();
    await theirs.getByLabel('Rekommendation 1').fill('Vikt varje vecka');
    await theirs.getByRole('button', { name: 'Spara SIP' }).click();
    await theirs.getByText(/^Version 2, sparad /).waitFor({ timeout: 30_000 });

    await mine.getByLabel('Mål 1').fill('Att kunna gå till affären och till kyrkan');
    await mine.getByRole('button', { name: 'Spara SIP' }).click();
    // Both versions side by side: theirs with the recommendation, mine with the changed goal.
    const conflict = await conflictShowingBoth(
      nurse,
      'Vikt varje vecka',
      'Att kunna gå till affären och till kyrkan',
    );
    await screenshot(nurse, 'staff-sip-conflict-sv');
    await conflict.getByRole('button', { name: 'Spara min över deras' }).click();
    await mine.getByText(/^Version 3, sparad /).waitFor({ timeout: 30_000 });
    await mine.getByText('Att kunna gå till affären och till kyrkan').waitFor();
    await second.context().close();
  });

  it('lets the home-care planner find the patient by name in the overview, shown with her personal identity number', async () => {
    const planner = await open();
    await signInToOverview(planner, 'planerare-sara', HOME_CARE_NAME, 'Kommunal personal');
    await planner.getByRole('row', { name: new RegExp(esther) }).waitFor({ timeout: 30_000 });
    await planner.getByLabel('Sök patient (namn, personnummer) eller vårdenhet').fill('svens est');
    const found = planner.getByRole('region', { name: '1 patient hittades på namn eller personnummer' });
    const named = /^Esther Svensson Personnummer 19381123-1234 \(/;
    await found.getByRole('link', { name: named }).waitFor();
    // The table shows her row by name too, and only hers.
    expect(await planner.getByRole('row', { name: /Esther Svensson/ }).count()).toBe(1);
    await expectNoAxeViolationsInBothLanguages(planner, 'Samordningsöversikt');
    await screenshot(planner, 'staff-overview-find-by-name-sv');
    await found.getByRole('link', { name: named }).click();
    await planner.getByRole('heading', { name: 'Vårdförlopp' }).waitFor();
    await planner.context().close();
  });

  it('lets the home-care planner open the new package with readable labels and acknowledge it', async () => {
    const planner = await open();
    await signInToOverview(planner, 'planerare-sara', HOME_CARE_NAME, 'Kommunal personal');
    await planner.getByRole('row', { name: new RegExp(esther) }).waitFor({ timeout: 30_000 });
    await screenshot(planner, 'staff-overview-home-care-sv');
    await planner.getByRole('link', { name: 'Överföringar' }).click();
    const row = planner
      .getByRole('table')
      .first()
      .getByRole('row', { name: new RegExp(esther) });
    await row.waitFor({ timeout: 30_000 });
    await expectNoAxeViolationsInBothLanguages(planner, 'Överföringar');
    await screenshot(planner, 'staff-inbox-sv');
    await row.getByRole('link', { name: esther }).click();
    await planner.getByRole('heading', { name: `Överföring för patient ${namedEsther}` }).waitFor();
    const requested = planner.locator('dl.requested');
    expect((await requested.locator('dt').allTextContents()).sort()).toEqual([
      'Avdelning',
      'Patient',
      'Patient-id',
      'Utskrivningsklar sedan',
      'Vårdtillfälle',
    ]);
    expect(await requested.getByText('Medicin 4, Länssjukhuset Ryhov').isVisible()).toBe(true);
    // The specification by the name home care gave it, not the id it is stored by.
    await planner.getByText('Inför utskrivning, version 1', { exact: true }).waitFor();
    expect(await planner.getByText('habo-needs-at-ready').count()).toBe(0);
    await expectNoAxeViolationsInBothLanguages(planner, `Överföring för patient ${namedEsther}`);
    await planner.getByRole('button', { name: 'Kvittera' }).click();
    await planner.getByText(/^Kvitterad .* av planerare-sara$/).waitFor();
    await screenshot(planner, 'staff-handover-acknowledged-sv');
    await planner.context().close();
  });

  it('shows the sending ward that home care acknowledged the package', async () => {
    await nurse.getByRole('link', { name: 'Överföringar' }).click();
    const sent = nurse.getByRole('region', { name: 'Skickade av din vårdenhet' });
    await sent
      .getByRole('row', { name: new RegExp(esther) })
      .getByText(/^Kvitterad .* av planerare-sara$/)
      .waitFor({ timeout: 30_000 });
    await screenshot(nurse, 'staff-sent-acknowledged-sv');
  });

  it('opens the printable care plan in Swedish without the navigation', async () => {
    await nurse.goto(`/patients/${esther}/care-plan`);
    await nurse.getByRole('heading', { name: `Vårdplan för patient ${namedEsther}` }).waitFor();
    await nurse.getByText('Att kunna gå till affären och till kyrkan').waitFor();
    await nurse.emulateMedia({ media: 'print' });
    expect(await nurse.getByText('Vem man ringer').isVisible()).toBe(true);
    expect(await nurse.getByRole('navigation', { name: 'Huvudmeny' }).isVisible()).toBe(false);
    await screenshot(nurse, 'staff-care-plan-print-sv');
    await nurse.emulateMedia({ media: 'screen' });
  });

  it('names a ward the directory does not hold "din vårdenhet" on every page, never by the id typed at sign-in', async () => {
    const unlisted = 'avd-utan-katalog';
    const page = await open();
    await page.goto('/');
    await page.getByLabel('Ditt namn eller användar-id').fill('ssk-olle');
    await page
      .getByLabel('Vårdenhet', { exact: true })
      .selectOption({ label: 'En annan vårdenhet (skriv dess id)' });
    await page.getByLabel('Vårdenhetens id').fill(unlisted);
    await page.getByLabel('Roll').selectOption({ label: 'Sjukhuspersonal' });
    await page.getByRole('button', { name: 'Logga in' }).click();
    const says = async (tab: string, heading: string, intro: string | RegExp) => {
      await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: tab }).click();
      await page.getByRole('heading', { name: heading, exact: true }).waitFor();
      await page.getByText(intro).first().waitFor();
      expect(await page.getByText(unlisted).count()).toBe(0);
    };
    await says('Översikt', 'Samordningsöversikt', /^Patienter för din vårdenhet:/);
    await says('Överföringar', 'Överföringar', /^Alla överföringar till din vårdenhet:/);
    await says('Utskrivningsplanering', 'Utskrivningsplanering', /^De meddelanden din vårdenhet ska skicka/);
    await says('Kvalitetstid', 'Kvalitetstid', 'För in en vecka för din vårdenhet');
    expect(await page.getByText('Inloggad som ssk-olle (Sjukhuspersonal)', { exact: true }).isVisible()).toBe(
      true,
    );
    await page.context().close();
  });

  it('lands a coach on the dashboard, never on an error', async () => {
    const coach = await open();
    await signInInSwedish(coach, 'coach-eva', HOME_CARE_NAME, 'Esthercoach');
    await coach.getByRole('heading', { name: 'Onödiga vårddagar på sjukhus' }).waitFor();
    const tabs = await coach
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link')
      .allTextContents();
    expect(tabs).toEqual([
      'Onödiga vårddagar',
      'Förbättringsarbete',
      'Samverkansbrister',
      'Nätverksmöten',
      'Kvalitetstid',
    ]);
    await screenshot(coach, 'staff-coach-lands-on-dashboard-sv');
    await coach.context().close();
  });
});
