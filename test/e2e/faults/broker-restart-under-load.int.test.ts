import { expectEveryEventAppliedOnce, faultPlatformPerFile, QUICK_CATCH_UP } from './fault-platform';

describe('the broker dies and comes back empty while care events keep arriving at two intakes', () => {
  // The restarted broker has lost whatever the projectors had not read yet: the store fills that gap.
  const running = faultPlatformPerFile({ consumerEnv: QUICK_CATCH_UP });

  it('accepts every event before, during and after the outage and applies each once to every read model of two projectors', async () => {
    const { platform, load } = running;
    load.start();
    await load.acceptMore(40);
    await platform.stopBroker();
    await load.acceptMore(40);
    await platform.restartBroker();
    await load.acceptMore(40);
    await load.stop();
    // Intake never depends on the broker: nothing was refused, even while it was away.
    expect(load.refusals).toEqual([]);
    await expectEveryEventAppliedOnce(platform, load, 90_000);
  }, 180_000);
});
