// `npm run demo`: sends the simulated Esther care chain (1998-2011) to a running platform
// (`npm start` in another terminal) through the HTTP intake, waits until the projector has it,
// and prints the dashboard's yearly figures beside the published ones. Safe to run twice.
import {
  estherNetworkDirectory,
  estherNetworkEvents,
  publishedFigures,
  type DemoEvent,
} from './esther-network';

const intake = process.env.CARE_EVENTS_URL ?? 'http://127.0.0.1:3001';
const gateway = process.env.GATEWAY_URL ?? 'http://127.0.0.1:3000';
const BATCH = 1000;
const CONCURRENCY = 2;

async function post(events: DemoEvent[]): Promise<void> {
  const res = await fetch(`${intake}/care-events/batch`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ events }),
  });
  if (res.status !== 200)
    throw new Error(`intake answered ${res.status}: ${(await res.text()).slice(0, 500)}`);
}

async function graphql<T>(query: string, variables?: object): Promise<T> {
  const res = await fetch(`${gateway}/graphql`, {
    method: 'POST',
    // The demo registers the network's directory, which is the coordinator's to change.
    headers: {
      'content-type': 'application/json',
      'x-carechain-actor': 'demo',
      'x-carechain-care-link': 'esther-coach',
      'x-carechain-roles': 'coordinator',
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data!;
}

const yearly = () =>
  graphql<{
    unnecessaryDays: { series: { period: string; value: number }[] };
    admissions: { period: string; value: number }[];
    hospitalDays: { period: string; value: number }[];
  }>(`
    {
      unnecessaryDays(filter: { from: "1998-01-01", to: "2011-12-31" }, granularity: YEAR) {
        series {
          period
          value
        }
      }
      admissions(from: "1998-01-01", to: "2011-12-31", granularity: YEAR) {
        period
        value
      }
      hospitalDays(from: "1998-01-01", to: "2011-12-31", granularity: YEAR, diagnosisGroup: "heart-failure") {
        period
        value
      }
    }
  `);

async function registerDirectory() {
  for (const input of estherNetworkDirectory.organisations) {
    await graphql(
      'mutation($input: OrganisationInput!) { saveOrganisation(input: $input) { organisationId } }',
      { input },
    );
  }
  for (const input of estherNetworkDirectory.careLinks) {
    await graphql('mutation($input: CareLinkInput!) { saveCareLink(input: $input) { careLinkId } }', {
      input,
    });
  }
  console.log(
    `[demo] directory: ${estherNetworkDirectory.organisations.length} organisations, ${estherNetworkDirectory.careLinks.length} care links`,
  );
}

async function main() {
  const started = Date.now();
  await registerDirectory();
  let sent = 0;
  let batch: DemoEvent[] = [];
  const inFlight = new Set<Promise<void>>();
  for (const event of estherNetworkEvents()) {
    batch.push(event);
    if (batch.length < BATCH) continue;
    const request = post(batch).then(() => {
      inFlight.delete(request);
    });
    inFlight.add(request);
    sent += batch.length;
    batch = [];
    if (inFlight.size >= CONCURRENCY) await Promise.race(inFlight);
    if (sent % 50000 === 0) console.log(`[demo] ${sent} events sent`);
  }
  if (batch.length) await post(batch);
  await Promise.all(inFlight);
  sent += batch.length;
  console.log(
    `[demo] ${sent} events accepted in ${((Date.now() - started) / 1000).toFixed(0)} s; waiting for the projector`,
  );

  // Done when the last year is complete and nothing moved between two looks.
  let previous = '';
  let figures = await yearly();
  while (
    JSON.stringify(figures) !== previous ||
    figures.unnecessaryDays.series.at(-1)?.value !== publishedFigures.unnecessaryDays[2011]
  ) {
    previous = JSON.stringify(figures);
    await new Promise((r) => setTimeout(r, 3000));
    figures = await yearly();
  }
  console.log('[demo] year  unnecessary days  admissions  heart-failure hospital days');
  figures.unnecessaryDays.series.forEach((p, i) =>
    console.log(
      `[demo] ${p.period.slice(0, 4)}  ${String(p.value).padStart(16)}  ${String(figures.admissions[i].value).padStart(10)}  ${String(figures.hospitalDays[i].value).padStart(27)}`,
    ),
  );
  console.log(
    `[demo] published: unnecessary days 1113 (1999) and 62 (2011); done in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
}

main().catch((error) => {
  console.error(
    `[demo] failed: ${error instanceof Error ? error.message : error} (is the platform running? npm start)`,
  );
  process.exit(1);
});
