import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { consumerGroups, topics } from '@carechain/contracts';
import { ConfigurationError } from '@carechain/service-runtime';
import { consumerLag } from './consumer-lag';
import { deadLetterTopics, listDeadLetters, replayDeadLetters, type DeadLetter } from './dead-letters';
import { brokerFromEnv } from './kafka-connection';

/** Exit codes; verify's 1 comes from the projector, which shares them. */
const exitCodes = { done: 0, different: 1, failed: 2 } as const;

const workspaceRoot = join(__dirname, '..', '..', '..');

/**
 * Rebuilds and checks run in the projector's own build, so they use exactly the projections the
 * running projector uses; PROJECTOR_MAIN points elsewhere when the build lives elsewhere.
 */
function runProjector(args: string[]): number {
  const main = process.env.PROJECTOR_MAIN ?? join(workspaceRoot, 'dist', 'apps', 'projector', 'main.js');
  if (!existsSync(main)) {
    console.error(
      `${main} is missing: build the projector first (npx nx run projector:build) or set PROJECTOR_MAIN`,
    );
    return exitCodes.failed;
  }
  return spawnSync(process.execPath, [main, ...args], { stdio: 'inherit' }).status ?? exitCodes.failed;
}

const modelOption = () =>
  new Option(
    '--model <model>',
    'journeys, stays, medicine-lists, care-plans, discharge-planning or all',
  ).default('all');
const topicOption = () =>
  new Option('--topic <topic>', 'the dead-letter topic')
    .choices(deadLetterTopics)
    .default(topics.careEventsDeadLetter);

function wholeNumber(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('a whole number, 0 or more');
  return Number(value);
}

function printTable(rows: (string | number)[][]): void {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => String(row[i]).length)));
  for (const row of rows)
    console.log(
      row
        .map((cell, i) => String(cell).padEnd(widths[i]))
        .join('  ')
        .trimEnd(),
    );
}

const deadLetterRow = (l: DeadLetter) => [
  l.position,
  l.failedAt || '-',
  l.eventType || '-',
  `${l.originalTopic || '-'}:${l.originalPartition || '-'}:${l.originalOffset || '-'}`,
  l.consumerGroup || '-',
  l.replayOf || '-',
  l.reason || '-',
];

function program(setExitCode: (code: number) => void): Command {
  const ops = new Command('ops')
    .description(
      'Operations on a running Carechain platform. Reads DATABASE_URL and KAFKA_BROKERS like the services.',
    )
    .addHelpText(
      'after',
      `\nExit codes: ${exitCodes.done} done, ${exitCodes.different} verify found differences, ${exitCodes.failed} failed or wrong usage.`,
    )
    .exitOverride();

  ops
    .command('rebuild')
    .description(
      'Rebuild read models from the event store, safely while the projector runs (replay beside, swap in one transaction)',
    )
    .addOption(modelOption())
    .action(({ model }: { model: string }) => setExitCode(runProjector(['rebuild', '--model', model])));

  ops
    .command('verify')
    .description(
      'Replay the event store beside the live read models and compare them row by row; exit 1 when they differ',
    )
    .addOption(modelOption())
    .option(
      '--wait-seconds <seconds>',
      'how long to wait for the live projector to apply what the replay applied',
      '60',
    )
    .action(({ model, waitSeconds }: { model: string; waitSeconds: string }) =>
      setExitCode(runProjector(['verify', '--model', model, '--wait-seconds', waitSeconds])),
    );

  const dlq = ops
    .command('dlq')
    .description('Inspect and replay dead-lettered messages (never shows their key or value)');
  dlq
    .command('list')
    .description(
      'List the newest dead letters: position, failed-at, event type, original topic:partition:offset, replay of, reason',
    )
    .option('--limit <count>', 'how many to show', wholeNumber, 20)
    .addOption(topicOption())
    .action(async ({ limit, topic }: { limit: number; topic: string }) => {
      const letters = await listDeadLetters(brokerFromEnv(), topic, limit);
      if (!letters.length) return console.log(`${topic} holds no dead letters`);
      printTable([
        ['position', 'failed-at', 'event-type', 'original', 'group', 'replay-of', 'reason'],
        ...letters.map(deadLetterRow),
      ]);
    });
  dlq
    .command('replay')
    .description(
      'Publish dead letters again to the topic they came from (after a fix), with x-replayed-from and x-replayed-at headers',
    )
    .argument('[positions...]', 'partition:offset of each dead letter, as `dlq list` shows them')
    .option('--all', 'replay every dead letter on the topic')
    .addOption(topicOption())
    .action(
      async (positions: string[], { all, topic }: { all?: boolean; topic: string }, command: Command) => {
        if (!all && !positions.length) command.error('name dead letters by partition:offset, or pass --all');
        const bad = positions.filter((p) => !/^\d+:\d+$/.test(p));
        if (bad.length) command.error(`not a partition:offset: ${bad.join(', ')}`);
        const outcome = await replayDeadLetters(brokerFromEnv(), topic, all ? 'all' : positions);
        for (const letter of outcome.replayed)
          console.log(
            `replayed ${topic} ${letter.position} to ${letter.originalTopic} (${letter.eventType || 'no event type'})`,
          );
        console.log(`${outcome.replayed.length} dead letters replayed`);
        if (outcome.missing.length) {
          console.error(`not on ${topic}: ${outcome.missing.join(', ')}`);
          setExitCode(exitCodes.failed);
        }
      },
    );

  ops
    .command('lag')
    .description(
      "Consumer lag per group and partition: the group's committed offset against the partition's end",
    )
    .option(
      '--group <group...>',
      `consumer groups (default: ${Object.values(consumerGroups)
        .map((c) => c.group)
        .join(', ')})`,
    )
    .option('--topic <topic>', "the topic the groups read (default: the group's own, or care.events.v1)")
    .action(async ({ group, topic }: { group?: string[]; topic?: string }) => {
      const known = new Map<string, string>(Object.values(consumerGroups).map((c) => [c.group, c.topic]));
      const groups = (group ?? [...known.keys()]).map((g) => ({
        group: g,
        topic: topic ?? known.get(g) ?? topics.careEvents,
      }));
      const rows = await consumerLag(brokerFromEnv(), groups);
      printTable([
        ['group', 'topic', 'partition', 'committed', 'end', 'lag'],
        ...rows.map((r) => [r.group, r.topic, r.partition, r.committed ?? '-', r.end, r.lag]),
      ]);
      for (const { group: g } of groups)
        console.log(
          `${g}: total lag ${rows.filter((r) => r.group === g).reduce((sum, r) => sum + r.lag, 0)}`,
        );
    });
  return ops;
}

async function main(): Promise<number> {
  let exitCode: number = exitCodes.done;
  try {
    await program((code) => (exitCode = code)).parseAsync(process.argv);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? exitCodes.done : exitCodes.failed;
    console.error(error instanceof ConfigurationError ? error.message : `ops: ${(error as Error).message}`);
    return exitCodes.failed;
  }
}

void main().then((code) => process.exit(code));
