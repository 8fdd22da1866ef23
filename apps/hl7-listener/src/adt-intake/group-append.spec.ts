import type { NewCareEvent } from '@carechain/persistence';
import { GroupAppend, type MessageIntake, type MessageTaken, type StoreGroup } from './group-append';

const event = (eventId: string) => ({ eventId }) as NewCareEvent;
const message = (...eventIds: string[]): MessageIntake => ({ events: eventIds.map(event) });

/** A store that holds each append until released, recording the groups it was given. */
function heldStore() {
  const groups: string[][] = [];
  const releases: ((fail?: Error) => void)[] = [];
  const store: StoreGroup = (group) =>
    new Promise<MessageTaken[]>((resolve, reject) => {
      groups.push(group.flatMap((m) => m.events.map((e) => e.eventId)));
      let sequence = 0;
      releases.push((fail) =>
        fail
          ? reject(fail)
          : resolve(
              group.map((m) => ({
                outcomes: m.events.map((e) => ({
                  status: 'accepted',
                  eventId: e.eventId,
                  sequence: ++sequence,
                  recordedAt: '',
                })),
                identityProblems: [],
              })),
            ),
      );
    });
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
    const first = append.append(message('a'));
    const second = append.append(message('b'));
    const third = append.append(message('c'));
    expect(groups).toEqual([['a']]);
    await release();
    expect(groups).toEqual([['a'], ['b', 'c']]);
    await release();
    expect((await Promise.all([first, second, third])).map((t) => t.outcomes)).toEqual([
      [expect.objectContaining({ eventId: 'a', sequence: 1 })],
      [expect.objectContaining({ eventId: 'b', sequence: 1 })],
      [expect.objectContaining({ eventId: 'c', sequence: 2 })],
    ]);
  });

  it('keeps the events of one message (a bed swap of two patients) together, each message answered with its own', async () => {
    const { store, groups, release } = heldStore();
    const append = new GroupAppend(store);
    const busy = append.append(message('a'));
    const swap = append.append(message('b1', 'b2'));
    const after = append.append(message('c'));
    await release();
    expect(groups).toEqual([['a'], ['b1', 'b2', 'c']]);
    await release();
    await busy;
    expect((await swap).outcomes).toEqual([
      expect.objectContaining({ eventId: 'b1' }),
      expect.objectContaining({ eventId: 'b2' }),
    ]);
    expect((await after).outcomes).toEqual([expect.objectContaining({ eventId: 'c', sequence: 3 })]);
  });

  it('fails every event of a group the store could not take, and takes the next ones', async () => {
    const { store, release } = heldStore();
    const append = new GroupAppend(store);
    const failed = append.append(message('a'));
    await release(new Error('connection refused'));
    await expect(failed).rejects.toThrow('connection refused');
    const next = append.append(message('b'));
    await release();
    expect((await next).outcomes).toEqual([expect.objectContaining({ eventId: 'b', status: 'accepted' })]);
  });
});
