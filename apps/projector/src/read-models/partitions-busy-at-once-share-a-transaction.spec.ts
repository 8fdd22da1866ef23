import { GroupedBatches } from './grouped-batches';

describe('twelve partitions each delivering a few events while the projector is busy', () => {
  it('applies the partitions of one fetch in one transaction', async () => {
    const transactions: string[][] = [];
    const grouped = new GroupedBatches<string>(async (events) => {
      transactions.push(events);
    }, 2);

    await Promise.all(Array.from({ length: 12 }, (_, p) => grouped.apply([`p${p}-a`])));

    expect(transactions).toHaveLength(1);
    expect(transactions[0]).toHaveLength(12);
  });

  it('applies what arrived meanwhile in one transaction, and a lone batch on a quiet projector at once', async () => {
    const transactions: string[][] = [];
    let finishFirst!: () => void;
    let firstStarted!: () => void;
    const started = new Promise<void>((resolve) => (firstStarted = resolve));
    const firstRunning = new Promise<void>((resolve) => (finishFirst = resolve));
    const grouped = new GroupedBatches<string>(async (events) => {
      transactions.push(events);
      if (transactions.length === 1) {
        firstStarted();
        await firstRunning;
      }
    }, 1);

    const first = grouped.apply(['p0-a']);
    await started;
    const later = Array.from({ length: 11 }, (_, p) => grouped.apply([`p${p + 1}-a`, `p${p + 1}-b`]));
    finishFirst();
    await Promise.all([first, ...later]);

    expect(transactions).toHaveLength(2);
    expect(transactions[0]).toEqual(['p0-a']);
    expect(transactions[1]).toHaveLength(22);
  });

  it('fails only the partition whose batch cannot be applied; the others are applied on their own', async () => {
    const applied: string[][] = [];
    let block!: () => void;
    const blocked = new Promise<void>((resolve) => (block = resolve));
    let busyStarted!: () => void;
    const started = new Promise<void>((resolve) => (busyStarted = resolve));
    const grouped = new GroupedBatches<string>(async (events) => {
      if (events.includes('busy')) {
        busyStarted();
        return blocked;
      }
      if (events.includes('poison')) throw new Error('payload breaks the read model');
      applied.push(events);
    }, 1);

    const busy = grouped.apply(['busy']);
    await started;
    const healthy = grouped.apply(['admitted']);
    const poisoned = grouped.apply(['poison']);
    const alsoHealthy = grouped.apply(['discharged']);
    block();

    await busy;
    await expect(healthy).resolves.toBeUndefined();
    await expect(poisoned).rejects.toThrow('payload breaks the read model');
    await expect(alsoHealthy).resolves.toBeUndefined();
    expect(applied).toEqual([['admitted'], ['discharged']]);
  });
});
