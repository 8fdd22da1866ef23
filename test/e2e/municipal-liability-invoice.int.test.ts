import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { createPrismaClient } from '@carechain/persistence';
import { octoberStays, seedLiabilityNetwork } from './liability-stays';
import { RunningPlatform } from './running-platform';
import { expectNoAxeViolations, launchChromium, openPage, screenshot, signInInSwedish } from './web-browser';

const INVOICE = `query Invoice($municipality: String!, $month: String!) {
  municipalLiabilityInvoice(municipality: $municipality, month: $month) {
    municipalityId month region model modelDays totalDays amountBasis { amount currency }
    days { date patientId stayId admissionEventId admissionNoticeEventId readinessEventId readyNoticeEventId }
  }
}`;

interface Invoice {
  municipalLiabilityInvoice: {
    totalDays: number;
    amountBasis: { amount: number; currency: string } | null;
    days: Record<string, string>[];
  } & Record<string, unknown>;
}

describe('a municipality’s payment-liability invoice charges exactly the days the regional rule says', () => {
  let platform: RunningPlatform;
  let browser: Browser;
  const { a, b, c, d, stayA, stayB, stayC, stayD } = octoberStays();

  const invoice = (municipality: string, careLinkId: string, roles = 'coordinator', month = '2026-10') =>
    platform.graphql<Invoice>(INVOICE, { municipality, month }, careLinkId, roles);

  beforeAll(async () => {
    const rules = JSON.stringify({ dailyRate: { amount: 9000, currency: 'SEK' } });
    [platform, browser] = await Promise.all([
      RunningPlatform.start({ gateway: { REGIONAL_PLANNING_RULES: rules } }),
      launchChromium(),
    ]);
    await seedLiabilityNetwork(platform, [stayA, stayB, stayC, stayD]);
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('charges Jönköping A’s 27–29 and C’s 30–31 October, each day traced to its events, and nothing of B', async () => {
    const { data, errors } = await invoice('jonkoping-municipality', 'jonkoping-finance');
    expect(errors).toBeUndefined();
    const traced = (stay: typeof stayA, patientId: string) => (date: string) => ({
      date,
      patientId,
      stayId: `stay-${patientId}`,
      admissionEventId: stay.admitted.eventId,
      admissionNoticeEventId: stay.admissionNotice.eventId,
      readinessEventId: stay.ready.eventId,
      readyNoticeEventId: stay.readyNotice.eventId,
    });
    expect(data!.municipalLiabilityInvoice).toEqual({
      municipalityId: 'jonkoping-municipality',
      month: '2026-10',
      region: 'Region Jönköpings län',
      model: 'GRACE_DAYS',
      modelDays: 3,
      totalDays: 5,
      amountBasis: { amount: 45000, currency: 'SEK' },
      days: [
        ...['2026-10-27', '2026-10-28', '2026-10-29'].map(traced(stayA, a)),
        ...['2026-10-30', '2026-10-31'].map(traced(stayC, c)),
      ],
    });
  });

  it('agrees with the dashboard’s municipal-liability count for the same municipality', async () => {
    const { data } = await platform.graphql<{ unnecessaryDays: { total: number } }>(
      `query($filter: UnnecessaryDaysFilter!) { unnecessaryDays(filter: $filter, granularity: MONTH) { total } }`,
      {
        filter: {
          from: '2026-10-01',
          to: '2026-10-31',
          rule: 'MUNICIPAL_LIABILITY',
          receivingOrganisationIds: ['jonkoping-municipality'],
        },
      },
      'region-finance',
      'coach',
    );
    expect(data!.unnecessaryDays.total).toBe(5);
  });

  it('lets the region read every municipality’s, and a municipality only its own', async () => {
    const habo = await invoice('habo-municipality', 'region-finance');
    expect(habo.data!.municipalLiabilityInvoice.days.map((day) => [day.date, day.patientId])).toEqual([
      ['2026-10-26', d],
      ['2026-10-27', d],
    ]);
    const refused = await invoice('habo-municipality', 'jonkoping-finance');
    expect(refused.errors?.[0]).toMatchObject({
      message:
        "your organisation jonkoping-municipality may read only its own invoice basis, not habo-municipality's",
      extensions: { code: 'FORBIDDEN' },
    });
    const nurse = await invoice('jonkoping-municipality', 'jonkoping-home-care', 'municipal-staff');
    expect(nurse.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('audits the read of every patient on it, and names a month that is not one', async () => {
    const prisma = createPrismaClient(platform.db.url, 1);
    try {
      const audited = await prisma.accessAudit.findMany({
        where: { action: 'read municipalLiabilityInvoice', careLinkId: 'jonkoping-finance', allowed: true },
        select: { patientId: true },
      });
      expect(new Set(audited.map((row) => row.patientId))).toEqual(new Set([a, b, c]));
    } finally {
      await prisma.$disconnect();
    }
    const bad = await invoice('jonkoping-municipality', 'jonkoping-finance', 'coordinator', '2026-10-01');
    expect(bad.errors?.[0]).toMatchObject({
      message: "month: '2026-10-01' is not a month in the form YYYY-MM",
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('shows the municipality’s coordinator the basis in Swedish, exportable to CSV', async () => {
    const page = await openPage(browser, platform.services.gateway.url, 'sv-SE');
    await signInInSwedish(page, 'ekonom-eva', 'Jönköpings kommun ekonomi', 'Samordnare');
    await page.getByRole('button', { name: 'Logga ut' }).waitFor();
    await page.goto('/directory');
    await page.getByLabel('Kommun', { exact: true }).selectOption({ label: 'Jönköpings kommun' });
    await page.getByLabel('Månad', { exact: true }).fill('2026-10');
    await page.getByRole('button', { name: 'Visa underlaget' }).click();
    const table = page.getByRole('table', { name: '5 dagar med betalningsansvar, äldst först' });
    await table.waitFor();
    expect(await table.getByRole('row').count()).toBe(6);
    // The month and its days as a Swedish reader writes them; the CSV keeps them as stored.
    await page.getByText(/^Jönköpings kommun, oktober 2026: 5 dagar enligt Region Jönköpings län/).waitFor();
    expect(await table.getByRole('row').nth(1).getByRole('cell').first().textContent()).toBe('27 okt. 2026');
    await page.getByText(/Belopp att fakturera: 45\s000 SEK/).waitFor();
    await screenshot(page, 'coordinator-liability-invoice');
    await expectNoAxeViolations(page);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exportera till CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('liability_jonkoping-municipality_2026-10.csv');
    const lines = readFileSync((await download.path())!, 'utf8').split('\r\n');
    expect(lines[1]).toBe(
      [
        '2026-10-27',
        a,
        `stay-${a}`,
        stayA.admitted.eventId,
        stayA.admissionNotice.eventId,
        stayA.ready.eventId,
        stayA.readyNotice.eventId,
      ].join(','),
    );
    expect(lines.filter(Boolean)).toHaveLength(6);

    // The basis prints on its own, to go with the invoice: not the directory, the access log or the form.
    await page.getByRole('link', { name: 'Utskriftsvänligt underlag' }).click();
    await page.waitForURL('**/directory/liability/jonkoping-municipality/2026-10');
    await page.emulateMedia({ media: 'print' });
    await page
      .getByRole('heading', { level: 1, name: 'Kommunens betalningsansvar: underlag per månad' })
      .waitFor();
    await page.getByText(/^Jönköpings kommun, oktober 2026: 5 dagar enligt Region Jönköpings län/).waitFor();
    expect(
      await page.getByRole('table', { name: '5 dagar med betalningsansvar, äldst först' }).isVisible(),
    ).toBe(true);
    for (const away of ['Vårdenhetskatalog', 'En patients åtkomstlogg'])
      expect(await page.getByRole('heading', { name: away }).count()).toBe(0);
    for (const control of ['Skriv ut', 'Exportera till CSV', 'Logga ut'])
      expect(await page.getByRole('button', { name: control }).isVisible()).toBe(false);
    await screenshot(page, 'coordinator-liability-invoice-print');
    await page.emulateMedia({ media: 'screen' });
    await expectNoAxeViolations(page);
  });
});
