import { Test, type TestingModule } from '@nestjs/testing';
import { careEventHeaders, topics } from '@carechain/contracts';
import { jonkopingPlanningRules } from '@carechain/domain';
import {
  CareEventStore,
  createPrismaClient,
  PersistenceModule,
  PRISMA,
  readCareEvents,
  type PrismaClient,
} from '@carechain/persistence';
import {
  careEvents,
  createTestDatabase,
  eventually,
  uniquePatientId,
  type TestDatabase,
} from '@carechain/testing';
import { PROJECTIONS, type Projection } from './projection';
import { MAINTENANCE_DATABASE_URL, ReadModelMaintenance } from './read-model-maintenance';
import { lockReadModelsExclusively, ReadModels, shareReadModels } from './read-models';
import { ProjectionsModule } from './read-models.module';

describe('a read model rebuilt beside the running projector', () => {
  let db: TestDatabase;
  let prisma: PrismaClient;
  let module: TestingModule;
  let store: CareEventStore;
  let live: ReadModels;
  let maintenance: ReadModelMaintenance;

  beforeAll(async () => {
    db = await createTestDatabase();
    prisma = createPrismaClient(db.url, 4);
    store = new CareEventStore(prisma, {
      topic: topics.careEvents,
      headers: (e) => ({ [careEventHeaders.eventId]: e.eventId }),
    });
    module = await Test.createTestingModule({
      imports: [
        PersistenceModule.forRoot(db.url),
        ProjectionsModule.forRoot({ timeZone: 'Europe/Stockholm', planningRules: jonkopingPlanningRules }),
      ],
      providers: [ReadModelMaintenance, { provide: MAINTENANCE_DATABASE_URL, useValue: db.url }],
    }).compile();
    const projections = module.get<Projection[]>(PROJECTIONS);
    live = new ReadModels(module.get(PRISMA), projections);
    maintenance = module.get(ReadModelMaintenance);
  });

  afterAll(async () => {
    await module?.close();
    await prisma?.$disconnect();
    await db?.drop();
  });

  const append = async (events: object[]) => {
    const outcomes = await store.append(events as Parameters<CareEventStore['append']>[0]);
    return readCareEvents(
      prisma,
      outcomes.map((o) => o.eventId),
    );
  };

  /** A transaction holding the read models' lock until `release` is called; `run` goes in it before it ends. */
  function holdReadModelsLock(
    lock: typeof shareReadModels,
    run: (tx: Parameters<Parameters<PrismaClient['$transaction']>[0]>[0]) => Promise<void> = async () =>
      undefined,
  ) {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const done = prisma.$transaction(
      async (tx) => {
        await lock(tx);
        locked();
        await released;
        await run(tx);
      },
      { timeout: 120_000 },
    );
    return { isLocked, release, done };
  }

  const someoneWaitsForALock = () =>
    eventually(async () => {
      const [{ waiting }] = await prisma.$queryRaw<
        { waiting: number }[]
      >`SELECT count(*)::int AS waiting FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`;
      return waiting > 0 ? true : undefined;
    }, 'a transaction waiting for the read-model lock');

  it('batches of the live projector go side by side: the lock they take is shared', async () => {
    const patientId = uniquePatientId();
    const holder = holdReadModelsLock(shareReadModels);
    await holder.isLocked;
    await live.apply(await append([careEvents.admitted(patientId)]));
    expect(
      await prisma.patientJourney.findUnique({ where: { patientId }, select: { eventCount: true } }),
    ).toEqual({ eventCount: 1 });
    holder.release();
    await holder.done;
  });

  it('the live projector waits while a rebuild holds the lock alone', async () => {
    const patientId = uniquePatientId();
    const stored = await append([careEvents.admitted(patientId)]);
    const holder = holdReadModelsLock(lockReadModelsExclusively);
    await holder.isLocked;

    const applying = live.apply(stored);
    await someoneWaitsForALock();
    expect(await prisma.patientJourney.count({ where: { patientId } })).toBe(0);

    holder.release();
    await holder.done;
    await applying;
    expect(
      await prisma.patientJourney.findUnique({ where: { patientId }, select: { eventCount: true } }),
    ).toEqual({ eventCount: 1 });
  });

  it('keeps events the live projector applied after the replay had read the store', async () => {
    const early = uniquePatientId();
    await live.apply(
      await append([
        careEvents.admitted(early),
        careEvents.medicallyReady(early, '2026-11-18T10:00:00+01:00'),
      ]),
    );
    await prisma.$executeRaw`UPDATE patient_journey SET status = 'damaged' WHERE patient_id = ${early}`;

    // The test plays the live projector: it holds the lock, so the rebuild replays and then waits to swap.
    let late: Awaited<ReturnType<typeof append>> = [];
    const latecomer = uniquePatientId();
    const holder = holdReadModelsLock(shareReadModels, async (tx) => {
      await live.applyIn(tx, late);
    });
    // Stored, but not yet delivered to the live projector when the rebuild swaps its copy in.
    const undelivered = uniquePatientId();
    await append([careEvents.admitted(undelivered, '2026-11-16T07:40:00+01:00', 'ryhov-med-3')]);
    await holder.isLocked;
    const rebuilding = maintenance.rebuild(maintenance.select('journeys'));
    await someoneWaitsForALock();
    late = await append([careEvents.admitted(latecomer)]);
    holder.release();
    await holder.done;
    const report = await rebuilding;

    const stored = await prisma.careEvent.count();
    expect(report.events).toBe(stored);
    expect(
      await prisma.patientJourney.findUnique({
        where: { patientId: early },
        select: { status: true, eventCount: true },
      }),
    ).toEqual({
      status: 'in-hospital',
      eventCount: 2,
    });
    expect(
      await prisma.patientJourney.findUnique({
        where: { patientId: latecomer },
        select: { eventCount: true },
      }),
    ).toEqual({ eventCount: 1 });
    // The models not rebuilt took what the copy holds, so the checkpoints speak for every model.
    expect(await prisma.stay.count({ where: { patientId: undelivered } })).toBe(1);
    expect(await prisma.projectionCheckpoint.count()).toBe(stored);
    expect(await prisma.journeyEntry.count()).toBe(stored);
    const [{ scratch }] = await prisma.$queryRaw<
      { scratch: number }[]
    >`SELECT count(*)::int AS scratch FROM pg_namespace WHERE nspname LIKE 'ops_%'`;
    expect(scratch).toBe(0);
  });
});
