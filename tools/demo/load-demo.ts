// `npm run demo`: sends the simulated Esther care chain (1998-2011) to a running platform
// (`npm start` in another terminal) through the HTTP intake, waits until the projector has it,
// and prints the dashboard's yearly figures beside the published ones. Safe to run twice.
import { MultiBar, Presets } from 'cli-progress';
import { ConstantBackoff, handleWhen, retry } from 'cockatiel';
import {
  estherNetworkDirectory,
  estherNetworkEvents,
  publishedFigures,
  type DemoEvent,
} from './esther-network';

const intake = process.env.CARE_EVENTS_URL ?? 'http://127.0.0.1:3001';
const gateway = process.env.GATEWAY_URL ?? 'http://127.0.0.1:3000';
const projector = process.env.PROJECTOR_URL ?? 'http://127.0.0.1:3002';
const BATCH = 1000;
const CONCURRENCY = 4;

/** The intake's 503: too busy to start a transaction just now; the same batch is safe to send again. */
class IntakeBusy extends Error {}
const whileBusy = retry(
  handleWhen((error) => error instanceof IntakeBusy),
  { maxAttempts: 30, backoff: new ConstantBackoff(2000) },
);

async function post(events: DemoEvent[]): Promise<void> {
  await whileBusy.execute(async () => {
    const res = await fetch(`${intake}/care-events/batch`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ events }),
    });
    if (res.status === 503) throw new IntakeBusy(await res.text());
    if (res.status !== 200)
      throw new Error(`intake answered ${res.status}: ${(await res.text()).slice(0, 500)}`);
  });
}

/** Sums a metric's samples (optionally those whose labels contain `labels`) from a service's /metrics. */
async function metric(url: string, name: string, labels = ''): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  return text
    .split('\n')
    .filter((line) => line.startsWith(`${name}{`) || line.startsWith(`${name} `))
    .filter((line) => line.includes(labels))
    .reduce((sum, line) => sum + Number(line.split(' ').at(-1)), 0);
}

/** Events accepted that are not yet in the read models: still in the outbox or not yet consumed. */
async function notYetProjected(): Promise<number | null> {
  try {
    const [unsent, lag] = await Promise.all([
      metric(intake, 'carechain_outbox_unsent_messages'),
      metric(projector, 'carechain_kafka_consumer_lag', 'group="carechain.projector"'),
    ]);
    return unsent + lag;
  } catch {
    return null;
  }
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
  let total = 0;
  for (const _ of estherNetworkEvents()) total++;
  // Without a terminal (a CI log, `| tee`) the bars are printed every 10 s instead of redrawn.
  const bars = new MultiBar(
    {
      format: '[demo] {stage} |{bar}| {value}/{total} events {percentage}% | {rate}/s',
      hideCursor: true,
      noTTYOutput: true,
      notTTYSchedule: 10_000,
    },
    Presets.shades_classic,
  );
  const accepted = bars.create(total, 0, { stage: 'accepted ', rate: 0 });
  const projected = bars.create(total, 0, { stage: 'projected', rate: 0 });
  const rate = (n: number) => Math.round((n * 1000) / (Date.now() - started));
  let sent = 0;
  const watch = setInterval(() => {
    void notYetProjected().then((behind) => {
      if (behind === null) return;
      const done = Math.max(0, sent - behind);
      projected.update(done, { rate: rate(done) });
    });
  }, 1000);
  let figures: Awaited<ReturnType<typeof yearly>>;
  try {
    let batch: DemoEvent[] = [];
    const inFlight = new Set<Promise<void>>();
    const send = (events: DemoEvent[]) => {
      const request = post(events).then(() => {
        inFlight.delete(request);
        sent += events.length;
        accepted.update(sent, { rate: rate(sent) });
      });
      inFlight.add(request);
    };
    for (const event of estherNetworkEvents()) {
      batch.push(event);
      if (batch.length < BATCH) continue;
      send(batch);
      batch = [];
      if (inFlight.size >= CONCURRENCY) await Promise.race(inFlight);
    }
    if (batch.length) send(batch);
    await Promise.all(inFlight);

    // Done when the last year is complete and nothing moved between two looks.
    let previous = '';
    figures = await yearly();
    while (
      JSON.stringify(figures) !== previous ||
      figures.unnecessaryDays.series.at(-1)?.value !== publishedFigures.unnecessaryDays[2011]
    ) {
      previous = JSON.stringify(figures);
      await new Promise((r) => setTimeout(r, 1000));
      figures = await yearly();
    }
    projected.update(total);
  } finally {
    clearInterval(watch);
    // Once: a second stop prints the bars again without their labels.
    bars.stop();
  }
  printFigures(figures);
  console.log(
    `[demo] published: unnecessary days 1113 (1999) and 62 (2011); done in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
}

function printFigures(figures: Awaited<ReturnType<typeof yearly>>) {
  console.log('[demo] year  unnecessary days  admissions  heart-failure hospital days');
  figures.unnecessaryDays.series.forEach((p, i) =>
    console.log(
      `[demo] ${p.period.slice(0, 4)}  ${String(p.value).padStart(16)}  ${String(figures.admissions[i].value).padStart(10)}  ${String(figures.hospitalDays[i].value).padStart(27)}`,
    ),
  );
}

main().catch((error) => {
  console.error(
    `[demo] failed: ${error instanceof Error ? error.message : error} (is the platform running? npm start)`,
  );
  process.exit(1);
});
