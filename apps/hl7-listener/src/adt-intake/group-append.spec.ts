import type { NewCareEvent } from '@carechain/persistence';
import { GroupAppend, type MessageIntake, type MessageTaken, type StoreGroup } from './group-append';

const event = (eventId: string) => ({ eventId }) as NewCareEvent;
const message = (...eventIds: string[]): MessageIntake => ({ events: eventIds.map(event) });
const engine = {};
const otherEngine = {};

/** After the messages read in this turn of the event loop, when a group may start. */
const aTurnLater = () => new Promise((resolve) => setImmediate(resolve));

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
  const release = async (fail?: Error, which = 0) => {
    releases.splice(which, 1)[0](fail);
    await aTurnLater();
  };
  return { store, groups, release };
}

describe('messages of one connection arrive while the store is busy', () => {
  it('appends the first at once and the ones that came meanwhile together, each answered with its own outcome', async () => {
    const { store, groups, release } = heldStore();
    const append = new GroupAppend(store);
    const first = append.append(message('a'), engine);
    await aTurnLater();
    const second = append.append(message('b'), engine);
    const third = append.append(message('c'), engine);
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
    const busy = append.append(message('a'), engine);
    await aTurnLater();
    const swap = append.append(message('b1', 'b2'), engine);
    const after = append.append(message('c'), engine);
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
    const failed = append.append(message('a'), engine);
    await aTurnLater();
    await release(new Error('connection refused'));
    await expect(failed).rejects.toThrow('connection refused');
    const next = append.append(message('b'), engine);
    await aTurnLater();
    await release();
    expect((await next).outcomes).toEqual([expect.objectContaining({ eventId: 'b', status: 'accepted' })]);
  });
});

describe('messages of several connections arrive while the store is busy with one of them', () => {
  it('stores the other connection’s message at once, and holds the busy one’s until its earlier group committed', async () => {
    const { store, groups, release } = heldStore();
    const append = new GroupAppend(store);
    const first = append.append(message('a1'), engine);
    await aTurnLater();
    const second = append.append(message('a2'), engine);
    const other = append.append(message('b1'), otherEngine);
    await aTurnLater();
    expect(groups).toEqual([['a1'], ['b1']]);

    await release(undefined, 1);
    expect((await other).outcomes).toEqual([expect.objectContaining({ eventId: 'b1', status: 'accepted' })]);
    expect(groups).toEqual([['a1'], ['b1']]);

    await release();
    expect(groups).toEqual([['a1'], ['b1'], ['a2']]);
    await release();
    expect((await first).outcomes[0].eventId).toBe('a1');
    expect((await second).outcomes[0].eventId).toBe('a2');
  });
});

describe('sixteen interface engines each send a message at the same moment', () => {
  it('stores the messages read in one turn together, one group, each answered with its own outcome', async () => {
    const { store, groups, release } = heldStore();
    const append = new GroupAppend(store);
    const engines = Array.from({ length: 16 }, () => ({}));
    const taken = engines.map((connection, i) => append.append(message(`m${i}`), connection));
    await aTurnLater();
    expect(groups).toEqual([engines.map((_, i) => `m${i}`)]);
    await release();
    expect((await Promise.all(taken)).map((t) => t.outcomes[0].eventId)).toEqual(
      engines.map((_, i) => `m${i}`),
    );
  });
});

describe('four interface engines stream 32 messages each without waiting', () => {
  it('stores them in groups of at most 64 side by side, each engine’s in the order sent', async () => {
    const { store, groups, release } = heldStore();
    const append = new GroupAppend(store);
    const engines = Array.from({ length: 4 }, () => ({}));
    const taken = engines.flatMap((connection, e) =>
      Array.from({ length: 32 }, (_, n) => append.append(message(`e${e}-${n}`), connection)),
    );
    await aTurnLater();
    const ofEngine = (e: number) => Array.from({ length: 32 }, (_, n) => `e${e}-${n}`);
    expect(groups).toEqual([
      [...ofEngine(0), ...ofEngine(1)],
      [...ofEngine(2), ...ofEngine(3)],
    ]);
    await release();
    await release();
    expect((await Promise.all(taken)).length).toBe(128);
  });
});
