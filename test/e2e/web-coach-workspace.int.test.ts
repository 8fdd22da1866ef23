import { careEventEnvelope, careEvents, eventually, uniquePatientId } from '@carechain/testing';
import type { Browser, Locator, Page } from 'playwright-core';
import { RunningPlatform } from './running-platform';
import { expectNoAxeViolations, launchChromium, openPage, screenshot } from './web-browser';

const WARD = 'ryhov-med-1';
const WARD_NAME = 'Medicin 1, Länssjukhuset Ryhov';
// The sign-in screen names a ward with its hospital in brackets.
const WARD_SIGN_IN = 'Medicin 1 (Länssjukhuset Ryhov)';
const HOME_CARE = 'jonkoping-home-care';
const HOME_CARE_NAME = 'Hemtjänst Jönköping';

/** Monday `n` weeks after 5 January 2026, as YYYY-MM-DD. */
const monday = (n: number) => new Date(Date.UTC(2026, 0, 5 + 7 * n)).toISOString().slice(0, 10);
const plusDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** A stay on the ward, medically ready on a Monday and discharged `days` days later. */
function delayedDischarge(patientId: string, week: number, days: number): object[] {
  const day = monday(week);
  return [
    careEvents.admitted(patientId, `${plusDays(day, -2)}T08:00:00Z`, WARD),
    careEventEnvelope('MedicallyReadyForDischarge', patientId, `${day}T09:00:00Z`, WARD, {
      stayId: `stay-${patientId}`,
      readyAt: `${day}T09:00:00Z`,
      expectedDestinationCareLinkId: HOME_CARE,
    }),
    careEventEnvelope('PatientDischarged', patientId, `${plusDays(day, days)}T12:00:00Z`, WARD, {
      stayId: `stay-${patientId}`,
      destination: 'home-with-home-care',
      destinationCareLinkId: HOME_CARE,
    }),
  ];
}

// Unnecessary days a week on the ward: ten weeks before the project, eight during it.
const WEEKS = [11, 12, 10, 12, 11, 10, 12, 11, 12, 10, 8, 6, 5, 4, 3, 2, 3, 2];
const IDEA = 'Ring hemtjänsten dagen före';
const PROJECT = 'Hem samma dag som Esther är klar';
const CYCLE = 'PDSA 1: Utskrivningsklar-besked dagen före';

describe('web: coaches, the complaints line and coordinators at work, in Swedish', () => {
  let platform: RunningPlatform;
  let browser: Browser;

  const gql = async (query: string, variables: object, careLinkId: string, role?: string) => {
    const { errors } = await platform.graphql(query, variables, careLinkId, role);
    if (errors) throw new Error(errors.map((e) => e.message).join('; '));
  };

  /** A person at their own laptop: a tab of their own, signed in with the Swedish sign-in screen. */
  async function person(actor: string, careLink: string, role: string, typedId = false): Promise<Page> {
    const page = await openPage(browser, platform.services.gateway.url, 'sv-SE');
    page.on('pageerror', (error) => crashes.push(`${actor}: ${error.message}`));
    await page.goto('/');
    await page.getByLabel('Ditt namn eller användar-id').fill(actor);
    if (typedId) {
      await page
        .getByLabel('Vårdenhet', { exact: true })
        .selectOption({ label: 'En annan vårdenhet (skriv dess id)' });
      await page.getByLabel('Vårdenhetens id').fill(careLink);
    } else {
      await page.getByLabel('Vårdenhet', { exact: true }).selectOption({ label: careLink });
    }
    await page.getByLabel('Roll').selectOption({ label: role });
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('button', { name: 'Logga ut' }).waitFor();
    return page;
  }
  const crashes: string[] = [];
  /** Waits for what should follow, and says what the page said instead when it is an error. */
  const shows = async (page: Page, expected: Locator) => {
    const alert = page.getByRole('alert').first();
    const said = async () => {
      const text = (await alert.isVisible())
        ? `the page says: ${await alert.textContent()}`
        : 'nothing shown';
      return `${text}${crashes.length ? `; page errors: ${crashes.join('; ')}` : ''}`;
    };
    await expected
      .or(alert)
      .first()
      .waitFor()
      .catch(async (error: Error) => {
        await screenshot(page, 'coach-failure');
        throw new Error(`${error.message}; ${await said()}`);
      });
    if (await alert.isVisible()) throw new Error(await said());
  };
  const saved = (page: Page) => shows(page, page.getByRole('status').filter({ hasText: 'Sparat.' }).first());
  const open = async (page: Page, path: string, heading: string) => {
    await page.goto(path);
    await shows(page, page.getByRole('heading', { level: 1, name: heading }));
  };

  beforeAll(async () => {
    [platform, browser] = await Promise.all([RunningPlatform.start(), launchChromium()]);
    for (const input of [
      { organisationId: 'region-jonkoping', name: 'Region Jönköpings län', kind: 'region' },
      { organisationId: 'jonkoping-municipality', name: 'Jönköpings kommun', kind: 'municipality' },
    ]) {
      await gql(
        'mutation($input: OrganisationInput!) { saveOrganisation(input: $input) { organisationId } }',
        { input },
        'coordinator-office',
        'coordinator',
      );
    }
    for (const input of [
      {
        careLinkId: WARD,
        name: 'Medicin 1',
        kind: 'hospital-ward',
        organisationId: 'region-jonkoping',
        hospital: 'Länssjukhuset Ryhov',
      },
      {
        careLinkId: HOME_CARE,
        name: HOME_CARE_NAME,
        kind: 'home-care',
        organisationId: 'jonkoping-municipality',
      },
    ]) {
      await gql(
        'mutation($input: CareLinkInput!) { saveCareLink(input: $input) { careLinkId } }',
        { input },
        'coordinator-office',
        'coordinator',
      );
    }
    for (const [week, value] of WEEKS.entries()) {
      for (const days of [Math.min(value, 6), value - Math.min(value, 6)].filter(Boolean)) {
        for (const event of delayedDischarge(uniquePatientId(), week, days)) {
          expect((await platform.submit(event)).status).toBe(201);
        }
      }
    }
    // The whole weekly series projected, not just its total.
    await eventually(async () => {
      const { data } = await platform.graphql<{ unnecessaryDays: { series: { value: number }[] } }>(
        'query($f: UnnecessaryDaysFilter!) { unnecessaryDays(filter: $f, granularity: WEEK) { series { value } } }',
        { f: { from: monday(0), to: plusDays(monday(17), 6), wardCareLinkIds: [WARD] } },
        'coach-office',
        'coach',
      );
      return data?.unnecessaryDays.series.map((p) => p.value).join() === WEEKS.join() ? true : undefined;
    }, 'the ward’s weekly unnecessary days projected');
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('a staff member submits an idea with the keyboard', async () => {
    const staff = await person('anna-sjukskoterska', WARD_SIGN_IN, 'Vårdpersonal');
    await open(staff, '/improvement', 'Förbättringsarbete');
    await staff.getByLabel('Idén med några ord').fill(IDEA);
    await staff
      .getByLabel('Vad skulle bli bättre för Esther?')
      .fill('Hemtjänsten får veta dagen före att Esther kan gå hem');
    await staff.getByLabel('Idén kommer från').focus();
    await staff.keyboard.press('Tab');
    expect(await staff.evaluate(() => document.activeElement?.textContent)).toBe('Lämna idén');
    await staff.keyboard.press('Enter');
    await saved(staff);
    await staff.getByRole('heading', { level: 3, name: IDEA }).waitFor();
    // Staff submit ideas; adopting and parking are the coaches'.
    expect(await staff.getByRole('link', { name: /som projekt$/ }).count()).toBe(0);
    expect(await staff.getByRole('link', { name: 'Starta ett nytt projekt' }).count()).toBe(0);
    await staff.getByText('Inga projekt ännu. Esthercoacherna startar projekt ur idéerna nedan.').waitFor();
    await staff.getByText('Ny, inte bedömd ännu').waitFor();
    await screenshot(staff, 'coach-ideas-staff');
    await expectNoAxeViolations(staff);
    await staff.context().close();
  });

  let coach: Page;

  it('a coach adopts the idea as a project on the ward’s unnecessary days, with a PDSA cycle on its chart', async () => {
    coach = await person('coach-eva', 'coach-office', 'Esthercoach', true);
    await open(coach, '/improvement', 'Förbättringsarbete');
    await coach.getByRole('link', { name: `Anta ”${IDEA}” som projekt` }).click();
    await coach.getByRole('heading', { level: 1, name: 'Nytt förbättringsprojekt' }).waitFor();
    await coach.getByText(`Antar idén ”${IDEA}”.`).waitFor();
    await coach.waitForFunction(
      (title) => (document.getElementById('project-title') as HTMLInputElement | null)?.value === title,
      IDEA,
    );
    await coach.getByLabel('Projektets namn').fill(PROJECT);
    await coach
      .getByLabel('Vilka måste samverka för att det ska bli av?')
      .fill('Medicin 1, hemtjänsten och Esthers dotter');
    await coach
      .getByLabel('Målformulering')
      .fill('Högst 3 onödiga vårddagar i veckan på Medicin 1, tre veckor i rad, senast 30 juni 2026');
    await coach.getByLabel('Målvärde').fill('3');
    await coach.getByLabel('Ska vara nått senast').fill('2026-06-30');
    await coach.getByLabel('Måttets namn').fill('Onödiga vårddagar på Medicin 1');
    await coach.getByLabel('Avdelningar').selectOption([{ label: WARD_NAME }]);
    await coach.getByLabel('Projektet startar').fill('2026-03-16');
    await coach.getByLabel('Mäts per').selectOption('WEEK');
    await coach.getByLabel('Perioder före starten som utgör baslinjen').fill('10');
    await coach.getByLabel('Teammedlem 1: namn').fill('Anna, sjuksköterska');
    await coach.getByLabel('Teammedlem 1: vårdenhet').selectOption({ label: WARD_NAME });
    await coach.getByLabel('Teammedlem 2: namn').fill('Bo, planerare');
    await coach.getByLabel('Teammedlem 2: vårdenhet').selectOption({ label: HOME_CARE_NAME });
    await screenshot(coach, 'coach-new-project');
    await expectNoAxeViolations(coach);
    await coach.getByRole('button', { name: 'Starta projektet' }).click();

    await shows(coach, coach.getByRole('heading', { level: 1, name: PROJECT }));
    await coach
      .getByText('Styrgränser från baslinjen som fixerades vid starten: 10 perioder från 5 jan. 2026.')
      .waitFor();

    await coach.getByLabel('Förändringen som testas').fill('Utskrivningsklar-besked dagen före');
    await coach
      .getByLabel('Planera', { exact: true })
      .fill('Avdelningen ringer hemtjänsten vid eftermiddagsronden');
    await coach.getByLabel('Förutsägelse').fill('Hälften av väntetiderna blir en dag kortare');
    await coach.getByLabel('Startar').fill('2026-03-18');
    await coach.getByRole('button', { name: 'Planera cykeln' }).click();
    await coach.getByRole('heading', { level: 3, name: CYCLE }).waitFor();

    const outcome = coach.getByRole('form', { name: 'Utfall av PDSA 1' });
    await outcome.getByLabel('Göra: vad som gjordes och iakttogs').fill('Ringde för 14 av 20 patienter');
    await outcome
      .getByLabel('Studera: vad data visade mot förutsägelsen')
      .fill('Väntan föll från 11 till 5 dagar i veckan');
    await outcome.getByLabel('Agera: vad som händer nu').fill('Ta med helgen');
    await outcome.getByLabel('Agera', { exact: true }).selectOption('adapt');
    await outcome.getByLabel('Avslutades').fill('2026-04-03');
    await outcome.getByRole('button', { name: 'Spara utfallet' }).click();
    await coach.getByText('Anpassa: Ta med helgen').waitFor();

    // The cycle is shaded on the measure's chart, over the weeks it ran.
    const chart = coach
      .locator('.measure')
      .first()
      .getByRole('img', { name: /^Styrdiagram \(XmR\)/ });
    await chart.locator('.recharts-reference-area').first().waitFor({ state: 'attached' });
    expect(await chart.getByText(CYCLE).count()).toBe(1);
    expect(
      await coach.locator('.measure').first().getByText(`${CYCLE} (16 mars 2026–30 mars 2026)`).isVisible(),
    ).toBe(true);
  });

  it('fixes a baseline, rebases at the start, and celebrates once the aim is reached', async () => {
    await coach.getByLabel('Fixera baslinjen på de första N perioderna').fill('10');
    await coach.getByRole('button', { name: 'Räkna om styrgränserna' }).click();
    await coach.getByText('Baslinje: 10 perioder; gränserna räknade från 5 jan. 2026.').waitFor();
    await coach.getByLabel('Ny baslinje från').selectOption({ label: '16 mars 2026' });
    await coach.getByRole('button', { name: 'Räkna om styrgränserna' }).click();
    await coach
      .getByText('Baslinje: 10 perioder; gränserna räknade från 5 jan. 2026, 16 mars 2026.')
      .waitFor();

    expect(await coach.locator('[data-aim-status]').getAttribute('data-aim-status')).toBe('reached');
    await coach.getByLabel('Hur ni firar (frivilligt)').fill('Tårta på avdelningen');
    await coach.getByRole('button', { name: 'Fira' }).click();
    await coach.getByText(/^Firat .* av coach-eva: Tårta på avdelningen$/).waitFor();
    await screenshot(coach, 'coach-project');
    await expectNoAxeViolations(coach);

    await open(coach, '/improvement', 'Förbättringsarbete');
    const row = coach.getByRole('row', { name: new RegExp(`^${PROJECT}`) });
    expect(await row.getByRole('cell').nth(1).textContent()).toBe('Uppnått · firat');
    expect(await row.getByRole('cell').nth(2).textContent()).toMatch(
      /^Förbättring för Onödiga vårddagar på Medicin 1/,
    );
    expect(
      await coach.getByRole('listitem').filter({ hasText: PROJECT }).getByRole('link').textContent(),
    ).toBe(PROJECT);
    await screenshot(coach, 'coach-improvement-overview');
    await expectNoAxeViolations(coach);
  });

  it('a staff member reports a cooperation breakdown; the coach sees it in the pair’s trend, links it and feeds back', async () => {
    const staff = await person('anna-sjukskoterska', WARD_SIGN_IN, 'Vårdpersonal');
    await open(staff, '/breakdowns', 'Samverkansbrister');
    await staff
      .getByLabel('Mellan vårdenheterna (minst två)')
      .selectOption([{ label: WARD_NAME }, { label: HOME_CARE_NAME }]);
    await staff.getByLabel('Vad som hände').fill('Hemtjänsten fick inget besked före hemgången');
    await staff.getByRole('button', { name: 'Skicka rapporten' }).click();
    await saved(staff);
    await staff.getByText('ingen återkoppling ännu').waitFor();
    await expectNoAxeViolations(staff);

    await open(coach, '/breakdowns', 'Samverkansbrister');
    const pair = coach.getByRole('row', { name: new RegExp(`${WARD_NAME}|${HOME_CARE_NAME}`) }).first();
    await pair.waitFor();
    expect(await pair.getByRole('rowheader').textContent()).toMatch(
      new RegExp(`^(${WARD_NAME} – ${HOME_CARE_NAME}|${HOME_CARE_NAME} – ${WARD_NAME})$`),
    );
    expect(await pair.getByRole('cell').first().textContent()).toBe('1');
    await coach.getByLabel('Tas upp av projektet').selectOption({ label: PROJECT });
    await coach.getByRole('button', { name: 'Koppla till projektet' }).click();
    await saved(coach);
    await coach.getByLabel('Återkoppling till rapportören').fill('Tas upp i projektet ' + PROJECT);
    await coach.getByRole('button', { name: 'Skicka återkopplingen' }).click();
    await coach.getByText(`Återkoppling: Tas upp i projektet ${PROJECT}`).waitFor();
    await screenshot(coach, 'coach-breakdowns');
    await expectNoAxeViolations(coach);

    await staff.reload();
    await staff.getByText(`Tas upp i projektet ${PROJECT}`).waitFor();
    await screenshot(staff, 'coach-breakdowns-staff');
    await staff.context().close();
  });

  it('the complaints line records and routes a complaint, the links answer, the complainant gets feedback and it closes', async () => {
    const line = await person('klagomal-kim', 'complaints-line', 'Klagomålshandläggare', true);
    // The complaints line is no care link in the directory: the header names no unit, and no id.
    expect(
      await line.getByText('Inloggad som klagomal-kim (Klagomålshandläggare)', { exact: true }).isVisible(),
    ).toBe(true);
    expect(await line.getByText('complaints-line').count()).toBe(0);
    await open(line, '/complaints', 'Klagomål');
    // Sent empty: told in Swedish next to each field what is missing, and taken to the first.
    const summary = line.getByLabel('Klagomålet (obligatoriskt)', { exact: true });
    const routeTo = line.getByLabel('Skicka till berörda vårdenheter (obligatoriskt)', { exact: true });
    await line.getByRole('button', { name: 'Registrera och skicka klagomålet' }).click();
    await line.getByText('Skriv vad klagomålet gäller.').waitFor();
    expect(
      await line.getByText('Välj minst en vårdenhet i katalogen att skicka klagomålet till.').isVisible(),
    ).toBe(true);
    expect(await routeTo.getAttribute('aria-invalid')).toBe('true');
    await line.locator(':focus').and(summary).waitFor();
    expect(await line.getByText(/input\.|must not|care links/).count()).toBe(0);
    await summary.fill('Esthers dotter fick veta om hemgången samma dag');
    await routeTo.selectOption([{ label: WARD_NAME }, { label: HOME_CARE_NAME }]);
    await line.getByRole('button', { name: 'Registrera och skicka klagomålet' }).click();
    await saved(line);
    await line.locator(':focus').filter({ hasText: 'Sparat.' }).waitFor();
    const card = line.getByRole('listitem').filter({ hasText: 'Esthers dotter fick veta' });
    await shows(line, card.getByText(/^Väntar på svar från:/).first());
    expect(await card.getByRole('button', { name: 'Avsluta klagomålet' }).isDisabled()).toBe(true);
    expect(await card.getByText(/^Kan inte avslutas ännu: väntar på svar från/).isVisible()).toBe(true);
    await screenshot(line, 'complaints-queue');
    await expectNoAxeViolations(line);

    for (const [actor, link, role, answer] of [
      [
        'anna-sjukskoterska',
        WARD_SIGN_IN,
        'Vårdpersonal',
        'Vi ringer hemtjänsten dagen före från och med nu',
      ],
      ['bo-planerare', HOME_CARE_NAME, 'Kommunal personal', 'Vi bekräftar beskedet till närstående'],
    ]) {
      const unit = await person(actor, link, role);
      await open(unit, '/complaints', 'Klagomål');
      await unit.getByRole('heading', { name: 'Klagomål som din vårdenhet ska besvara' }).waitFor();
      const answerBox = unit.getByLabel('Din vårdenhets svar (obligatoriskt)', { exact: true });
      if (actor === 'anna-sjukskoterska') {
        // Sent empty: told in Swedish next to the answer, and taken to it.
        await unit.getByRole('button', { name: 'Skicka svaret' }).click();
        await unit.getByText('Skriv din vårdenhets svar på klagomålet.').waitFor();
        await unit.locator(':focus').and(answerBox).waitFor();
        expect(await unit.getByText(/must not/).count()).toBe(0);
      }
      await answerBox.fill(answer);
      await unit.getByRole('button', { name: 'Skicka svaret' }).click();
      await saved(unit);
      await unit.locator(':focus').filter({ hasText: 'Sparat.' }).waitFor();
      if (actor === 'bo-planerare') {
        await screenshot(unit, 'complaints-to-answer');
        await expectNoAxeViolations(unit);
      }
      await unit.context().close();
    }

    await line.reload();
    const feedback = card.getByLabel('Återkoppling till den som klagade (obligatoriskt)', { exact: true });
    await card.getByRole('button', { name: 'Spara återkopplingen' }).click();
    await card.getByText('Skriv vad den som klagade fick veta.').waitFor();
    await line.locator(':focus').and(feedback).waitFor();
    await feedback.fill('Avdelningen ringer nu hemtjänsten dagen före');
    await card.getByLabel('Svar från den som klagade (frivilligt)').fill('Nöjd');
    await card.getByRole('button', { name: 'Spara återkopplingen' }).click();
    await card.getByText(/^Alla vårdenheter har svarat/).waitFor();
    const close = card.getByRole('button', { name: 'Avsluta klagomålet' });
    await close.focus();
    await line.keyboard.press('Enter');
    await line.getByText('Inga klagomål här.').waitFor();
    await line.getByLabel('Visa').selectOption({ label: 'Avslutade klagomål' });
    await card.getByText(/^Avslutat /).waitFor();
    await screenshot(line, 'complaints-closed');
    await line.context().close();
  });

  it('a coach prepares a network meeting from the agenda, takes a complaint up into the project, minutes it and prints the meeting pack', async () => {
    const COMPLAINT = 'Ingen hade ringt hemtjänsten innan Esther kom hem';
    await gql(
      'mutation($input: ComplaintInput!) { recordComplaint(input: $input) { complaintId } }',
      {
        input: {
          receivedOn: new Date().toISOString().slice(0, 10),
          complainantKind: 'relative',
          summary: COMPLAINT,
          involvedCareLinkIds: [WARD],
        },
      },
      'complaints-line',
      'complaints-handler',
    );
    await open(coach, '/meetings', 'Nätverksmöten');
    // Planned with nothing filled in: told in Swedish next to each field, and taken to the first.
    const area = coach.getByLabel('Område (obligatoriskt)', { exact: true });
    await coach.getByRole('button', { name: 'Planera mötet' }).click();
    await coach.getByText('Skriv vilket område mötet gäller.').waitFor();
    expect(
      await coach.getByText('Välj minst två organisationer i katalogen: mötet hålls mellan dem.').isVisible(),
    ).toBe(true);
    expect(
      await coach
        .getByLabel('Deltagande vårdenheter (obligatoriskt)', { exact: true })
        .getAttribute('aria-invalid'),
    ).toBe('true');
    await coach.locator(':focus').and(area).waitFor();
    await area.fill('Jönköping');
    await coach
      .getByLabel('Deltagande organisationer')
      .selectOption([{ label: 'Region Jönköpings län' }, { label: 'Jönköpings kommun' }]);
    await coach
      .getByLabel('Deltagande vårdenheter')
      .selectOption([{ label: WARD_NAME }, { label: HOME_CARE_NAME }]);
    await coach.getByRole('button', { name: 'Planera mötet' }).click();
    await coach.getByRole('heading', { level: 1, name: /^Nätverksmöte Jönköping, / }).waitFor();
    await coach.getByText('Dagordningen är tom: sätt förslagen på den, eller lägg till en punkt.').waitFor();
    const proposed = coach.getByRole('region', { name: 'Förslag ur det som är öppet' });
    await proposed
      .getByText(new RegExp(`Projekt: ${PROJECT}`))
      .first()
      .waitFor();
    await coach.getByRole('button', { name: 'Sätt förslagen på dagordningen' }).click();
    const agenda = coach.getByRole('region', { name: 'Dagordning' });
    await agenda.getByRole('heading', { level: 3, name: new RegExp(PROJECT) }).waitFor();
    // An item of her own: sent without a title, she is told so next to it and taken there.
    const itemTitle = coach.getByLabel('Punkt (obligatoriskt)', { exact: true });
    await coach.getByRole('button', { name: 'Lägg till på dagordningen' }).click();
    await coach.getByText('Skriv vad punkten gäller.').waitFor();
    await coach.locator(':focus').and(itemTitle).waitFor();
    await itemTitle.fill('Hemgångssamtal i Huskvarna');
    await coach.getByRole('button', { name: 'Lägg till på dagordningen' }).click();
    await agenda.getByRole('heading', { level: 3, name: /^Hemgångssamtal i Huskvarna/ }).waitFor();
    await coach.locator(':focus').filter({ hasText: 'Sparat.' }).waitFor();
    await agenda.getByLabel(new RegExp(`^Beslut om ”.*${PROJECT}`)).fill('Rutinen sprids till Medicin 2');
    await agenda
      .getByLabel(new RegExp(`^Ansvarig vårdenhet för ”.*${PROJECT}`))
      .selectOption({ label: WARD_NAME });
    await coach.getByRole('button', { name: 'Spara protokollet' }).click();
    await agenda.getByText(`Beslut: Rutinen sprids till Medicin 2 (ansvarig: ${WARD_NAME})`).waitFor();

    const complaintItem = agenda.getByRole('listitem').filter({ hasText: COMPLAINT });
    await complaintItem.getByLabel('Projekt som tar sig an klagomålet').selectOption({ label: PROJECT });
    await complaintItem.getByRole('button', { name: 'Koppla klagomålet till mötet' }).click();
    await saved(coach);
    await complaintItem.getByText(`tas upp av projektet ”${PROJECT}”`, { exact: false }).waitFor();
    await screenshot(coach, 'meeting');
    await expectNoAxeViolations(coach);

    await coach.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes');
    });
    await coach.getByRole('button', { name: 'Skriv ut mötesunderlaget' }).click();
    expect(await coach.locator('body').getAttribute('data-printed')).toBe('yes');
    // On paper: the pack without the menu, forms or buttons, and with the decisions.
    await coach.emulateMedia({ media: 'print' });
    expect(await coach.locator('.app-header').isVisible()).toBe(false);
    expect(await coach.getByRole('button', { name: 'Spara protokollet' }).isVisible()).toBe(false);
    expect(await coach.getByRole('heading', { name: 'Lägg till en punkt' }).isVisible()).toBe(false);
    expect(
      await agenda.getByText('Beslut: Rutinen sprids till Medicin 2', { exact: false }).isVisible(),
    ).toBe(true);
    await screenshot(coach, 'meeting-pack-print');
    await coach.emulateMedia({ media: 'screen' });

    // The complaints line sees where the complaint went.
    const line = await person('klagomal-kim', 'complaints-line', 'Klagomålshandläggare', true);
    await open(line, '/complaints', 'Klagomål');
    const card = line.getByRole('listitem').filter({ hasText: COMPLAINT });
    await card.getByText(/^Togs upp på Nätverksmöte Jönköping, /).waitFor();
    await card.getByText('Ett förbättringsprojekt arbetar vidare med det.', { exact: false }).waitFor();
    await line.context().close();
  });

  it('a coordinator registers a care link and reads a patient’s access log', async () => {
    // Esther is on the ward now, so the ward may read her medicine list; every read is audited.
    const patientId = uniquePatientId();
    expect(
      (await platform.submit(careEvents.admitted(patientId, new Date().toISOString(), WARD))).status,
    ).toBe(201);
    await eventually(
      async () =>
        (
          await platform.graphql(
            'query($p: ID!) { medicineList(patientId: $p) { changeCount } }',
            { p: patientId },
            WARD,
          )
        ).errors
          ? undefined
          : true,
      'the ward reads the admitted patient’s medicine list',
    );
    const coordinator = await person('samordnare-sara', 'coordinator-office', 'Samordnare', true);
    await open(coordinator, '/directory', 'Vårdenhetskatalog');
    await coordinator.getByRole('heading', { level: 2, name: /^Jönköpings kommun/ }).waitFor();
    // Registered with nothing filled in: told in Swedish next to each field, and taken to the first.
    const linkName = coordinator.getByLabel('Namn (obligatoriskt)', { exact: true });
    await coordinator.getByRole('button', { name: 'Registrera vårdenheten' }).click();
    await coordinator.getByText('Skriv vårdenhetens namn.').waitFor();
    expect(await coordinator.getByText('Välj organisationen vårdenheten hör till.').isVisible()).toBe(true);
    expect(
      await coordinator
        .getByLabel('Organisation (obligatoriskt)', { exact: true })
        .getAttribute('aria-invalid'),
    ).toBe('true');
    await coordinator.locator(':focus').and(linkName).waitFor();
    expect(await coordinator.getByText(/input\.|must|directory/).count()).toBe(0);
    await linkName.fill('Hemtjänst Huskvarna');
    await coordinator.getByLabel('Id (som journalsystemen skickar det)').fill('huskvarna-home-care');
    await coordinator.getByLabel('Typ').selectOption({ label: 'hemtjänst' });
    await coordinator.getByLabel('Organisation').selectOption({ label: 'Jönköpings kommun' });
    await coordinator.getByRole('button', { name: 'Registrera vårdenheten' }).click();
    await saved(coordinator);
    await coordinator
      .getByRole('region', { name: /^Jönköpings kommun/ })
      .getByText('Hemtjänst Huskvarna')
      .waitFor();

    // Asked for with no id: the gateway refuses, and she is told how an id looks and taken to the box.
    const logPatient = coordinator.getByLabel('Patientens id (obligatoriskt)', { exact: true });
    await coordinator.getByRole('button', { name: 'Visa loggen' }).click();
    await coordinator.getByText(/^Ange patientens pseudonyma id som det står i Carechain/).waitFor();
    await coordinator.locator(':focus').and(logPatient).waitFor();
    expect(await coordinator.getByText(/patientId/).count()).toBe(0);
    await logPatient.fill(patientId);
    await coordinator.getByRole('button', { name: 'Visa loggen' }).click();
    const log = coordinator.getByRole('table', { name: new RegExp(`^Åtkomstlogg för ${patientId}`) });
    await log.waitFor();
    // In the patient's language: what was done and why it was allowed, never the gateway's words.
    const read = log
      .getByRole('row')
      .filter({ hasText: 'läste läkemedelslistan' })
      .filter({ hasText: 'Tillåtet' })
      .first();
    // The care link's name comes with the directory, which may answer after the log.
    await read.getByRole('cell', { name: WARD_NAME, exact: true }).waitFor();
    expect(await read.getByRole('cell').nth(2).textContent()).toBe(WARD_NAME);
    expect(await read.getByRole('cell').nth(4).textContent()).toBe(
      'Tillåtet: vårdenheten deltar i patientens vårdförlopp',
    );
    expect(await log.getByText(/read medicineList|care relationship/).count()).toBe(0);
    await screenshot(coordinator, 'directory-and-access-log');
    await expectNoAxeViolations(coordinator);

    // The directory is the coordinator's: a coach who opens it is told so, with the way to her own start.
    await coach.goto('/directory');
    await coach.getByText('Den här sidan hör inte till arbetet som Esthercoach.').waitFor();
    expect(await coach.getByRole('link', { name: 'Gå till din startsida' }).isVisible()).toBe(true);
    expect(await coach.getByRole('button', { name: 'Registrera vårdenheten' }).count()).toBe(0);
    await coordinator.context().close();
  });
  it('home care records a week of Quality Time, and the uptake is read against the 78 % reference', async () => {
    const unit = await person('bo-planerare', HOME_CARE_NAME, 'Kommunal personal');
    await open(unit, '/quality-time', 'Kvalitetstid');
    await unit.getByLabel('Erbjudna tillfällen').fill('20');
    await unit.getByLabel('Använda tillfällen').fill('15');
    await unit.getByRole('button', { name: 'Spara veckan' }).click();
    await saved(unit);
    const row = unit.getByRole('row', { name: new RegExp(`^${HOME_CARE_NAME}`) });
    await row.waitFor();
    expect(await row.getByRole('cell').allTextContents()).toEqual(['20', '15', '75 %', 'Under']);
    // The form's heading opens its card, with no empty band above it.
    const card = unit.getByRole('form', { name: 'För in en vecka för Hemtjänst Jönköping' });
    const [cardBox, headingBox] = [
      (await card.boundingBox())!,
      (await card.getByRole('heading').boundingBox())!,
    ];
    expect(headingBox.y - cardBox.y).toBeLessThan(24);
    await screenshot(unit, 'quality-time');
    await expectNoAxeViolations(unit);
    await unit.context().close();
  });
});
