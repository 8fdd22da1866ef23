import type { CareEventStore, ExpectedAppendOutcome, NewCareEvent } from '@carechain/persistence';
import { GroupAppend } from './group-append';

const event = (eventId: string) => ({ eventId }) as NewCareEvent;

/** A store that holds each append until released, recording the groups it was given. */
function heldStore() {
  const groups: string[][] = [];
  const releases: ((fail?: Error) => void)[] = [];
  const store = {
    appendInOneStatement: (events: NewCareEvent[]) =>
      new Promise<ExpectedAppendOutcome[]>((resolve, reject) => {
        groups.push(events.map((e) => e.eventId));
        releases.push((fail) =>
          fail
            ? reject(fail)
            : resolve(
                events.map((e, i) => ({
                  status: 'accepted',
                  eventId: e.eventId,
                  sequence: i + 1,
                  recordedAt: '',
                })),
              ),
        );
      }),
  } as unknown as CareEventStore;
  const release = async (fail?: Error) => {
    releases.shift()!(fail);
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { store, groups, release };
}

describe('messages from several connections arrive while the store is busy', () => {
  it('appends the first at once and the ones that came meanwhile together, each answered with its own outcome', async () => {
    const { store, groups, release } = heldStore();
    const append = new GroupAppend(store);
    const first = append.append([event('a')]);
    const second = append.append([event('b')]);
    const third = append.append([event('c')]);
    expect(groups).toEqual([['a']]);
    await release();
    expect(groups).toEqual([['a'], ['b', 'c']]);
    await release();
    expect(await Promise.all([first, second, third])).toEqual([
      [expect.objectContaining({ eventId: 'a', sequence: 1 })],
      [expect.objectContaining({ eventId: 'b', sequence: 1 })],
      [expect.objectContaining({ eventId: 'c', sequence: 2 })],
    ]);
  });

  it('keeps the events of one message (a bed swap of two patients) together, each message answered with its own', async () => {
    const { store, groups, release } = heldStore();
    const append = new GroupAppend(store);
    const busy = append.append([event('a')]);
    const swap = append.append([event('b1'), event('b2')]);
    const after = append.append([event('c')]);
    await release();
    expect(groups).toEqual([['a'], ['b1', 'b2', 'c']]);
    await release();
    await busy;
    expect(await swap).toEqual([
      expect.objectContaining({ eventId: 'b1' }),
      expect.objectContaining({ eventId: 'b2' }),
    ]);
    expect(await after).toEqual([expect.objectContaining({ eventId: 'c', sequence: 3 })]);
  });

  it('fails every event of a group the store could not take, and takes the next ones', async () => {
    const { store, release } = heldStore();
    const append = new GroupAppend(store);
    const failed = append.append([event('a')]);
    await release(new Error('connection refused'));
    await expect(failed).rejects.toThrow('connection refused');
    const next = append.append([event('b')]);
    await release();
    await expect(next).resolves.toEqual([expect.objectContaining({ eventId: 'b', status: 'accepted' })]);
  });
});
