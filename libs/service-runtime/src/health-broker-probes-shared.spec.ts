import { Recent, within } from './health-broker';

describe('broker probes are shared and bounded in time', () => {
  it('loads once per period however many callers ask, and again after it', async () => {
    let now = 0;
    let loads = 0;
    const recent = new Recent<number>(3000, () => now);
    const load = async () => ++loads;
    expect(await Promise.all([recent.get(load), recent.get(load), recent.get(load)])).toEqual([1, 1, 1]);
    now = 2999;
    expect(await recent.get(load)).toBe(1);
    now = 3000;
    expect(await recent.get(load)).toBe(2);
  });

  it('fails naming what did not answer once the time is up', async () => {
    await expect(within(new Promise(() => undefined), 10, 'the broker')).rejects.toThrow(
      'the broker did not answer within 10 ms',
    );
  });

  it('passes on the answer when it comes in time', async () => {
    await expect(within(Promise.resolve('up'), 1000, 'the broker')).resolves.toBe('up');
  });
});
