import { Module, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { PersistenceModule } from '@carechain/persistence';
import {
  ConfigurationError,
  countingSettings,
  planningRulesOf,
  databaseSettings,
  loadConfig,
} from '@carechain/service-runtime';
import { ProjectionsModule } from './read-models.module';
import {
  MAINTENANCE_DATABASE_URL,
  ReadModelMaintenance,
  type ModelComparison,
  type RebuildReport,
} from './read-model-maintenance';

/** Exit codes of the maintenance commands; `ops` passes them on. */
export const exitCodes = { done: 0, different: 1, failed: 2 } as const;

const modelHelp = 'journeys, stays, medicine-lists, care-plans, discharge-planning or all';

@Module({})
class MaintenanceModule {}

/** Only what rebuilds and checks need: the database and the projections, no consumer, no HTTP. */
function maintenanceModule(env: NodeJS.ProcessEnv): DynamicModule {
  const config = loadConfig({ ...databaseSettings, ...countingSettings }, env);
  return {
    module: MaintenanceModule,
    imports: [
      PersistenceModule.forRoot(config.DATABASE_URL),
      ProjectionsModule.forRoot({
        timeZone: config.ORGANISATION_TIME_ZONE,
        planningRules: planningRulesOf(config),
      }),
    ],
    providers: [{ provide: MAINTENANCE_DATABASE_URL, useValue: config.DATABASE_URL }, ReadModelMaintenance],
  };
}

async function withMaintenance(run: (maintenance: ReadModelMaintenance) => Promise<number>): Promise<number> {
  const app = await NestFactory.createApplicationContext(maintenanceModule(process.env), {
    logger: ['error', 'warn'],
  });
  try {
    return await run(app.get(ReadModelMaintenance));
  } finally {
    await app.close();
  }
}

const column = (text: string | number, width: number) => String(text).padEnd(width);

function printRebuild(model: string, report: RebuildReport): void {
  console.log(`rebuilt ${model} from ${report.events} stored events`);
  for (const { table, rows } of report.tables) console.log(`  ${column(table, 22)} ${rows} rows`);
}

function printComparison(models: ModelComparison[]): string[] {
  const differing: string[] = [];
  for (const model of models) {
    console.log(
      `${model.model}: ${model.events} events replayed, ${model.patientsLeftOut} patients left out (events not yet applied on both sides)`,
    );
    for (const t of model.tables) {
      const examples = t.examples.length ? `  e.g. events ${t.examples.join(', ')}` : '';
      console.log(
        `  ${column(t.table, 22)} live ${column(t.live, 8)} replayed ${column(t.replayed, 8)} differing ${t.differing}${examples}`,
      );
      if (t.differing) differing.push(t.table);
    }
  }
  return differing;
}

function waitSeconds(value: string): number {
  const seconds = Number(value);
  if (!Number.isInteger(seconds) || seconds < 0)
    throw new InvalidArgumentError('a whole number of seconds, 0 or more');
  return seconds;
}

function program(setExitCode: (code: number) => void): Command {
  const commands = new Command('projector')
    .description(
      'Rebuilds and checks the read models (without arguments, main.js runs the projector service)',
    )
    .exitOverride();
  commands
    .command('rebuild')
    .alias('replay')
    .description(
      'Rebuilds read models from the event store while the projector keeps running: replays into a scratch ' +
        'schema, then swaps the copy in with one transaction that the live projector waits for.',
    )
    .option('--model <model>', modelHelp, 'all')
    .action(async ({ model }: { model: string }) => {
      setExitCode(
        await withMaintenance(async (maintenance) => {
          printRebuild(model, await maintenance.rebuild(maintenance.select(model)));
          return exitCodes.done;
        }),
      );
    });
  commands
    .command('verify')
    .description(
      'Replays the event store into a scratch schema and compares it row by row with the live read models. ' +
        `Exit code ${exitCodes.done} when equal, ${exitCodes.different} when different, ${exitCodes.failed} when the check could not run.`,
    )
    .option('--model <model>', modelHelp, 'all')
    .option(
      '--wait-seconds <seconds>',
      'how long to wait for the live projector to apply what the replay applied',
      waitSeconds,
      60,
    )
    .action(async ({ model, waitSeconds: wait }: { model: string; waitSeconds: number }) => {
      setExitCode(
        await withMaintenance(async (maintenance) => {
          const differing = printComparison(await maintenance.verify(maintenance.select(model), wait * 1000));
          if (!differing.length) {
            console.log('verify: the live read models equal a replay of the event store');
            return exitCodes.done;
          }
          console.log(
            `verify: the live read models differ from a replay of the event store in ${differing.join(', ')}`,
          );
          return exitCodes.different;
        }),
      );
    });
  return commands;
}

/** Runs one maintenance command line (`main.js rebuild --model stays`) and returns its exit code. */
export async function runMaintenance(argv: string[]): Promise<number> {
  let exitCode: number = exitCodes.done;
  try {
    await program((code) => (exitCode = code)).parseAsync(argv);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? exitCodes.done : exitCodes.failed;
    console.error(
      error instanceof ConfigurationError ? error.message : `failed: ${(error as Error).message}`,
    );
    return exitCodes.failed;
  }
}
