import { countIntake } from './metrics-intake';
import { metricsRegistry } from './metrics-registry';

const counted = async (channel: string, outcome: string) =>
  (await metricsRegistry.getSingleMetric('carechain_care_events_intake_total')!.get()).values.find(
    (v) => v.labels.channel === channel && v.labels.outcome === outcome,
  )?.value ?? 0;

describe('a batch of care events is counted by outcome', () => {
  it('a batch of 1,000 with three refused adds 997 accepted and 3 rejected on its channel', async () => {
    const [accepted, rejected] = [await counted('http', 'accepted'), await counted('http', 'rejected')];
    const outcomes = Array.from({ length: 1000 }, (_, i) => ({
      status: [10, 500, 999].includes(i) ? ('rejected' as const) : ('accepted' as const),
    }));
    countIntake('http', outcomes);
    expect(await counted('http', 'accepted')).toBe(accepted + 997);
    expect(await counted('http', 'rejected')).toBe(rejected + 3);
    expect(await counted('hl7', 'accepted')).toBe(0);
  });
});
