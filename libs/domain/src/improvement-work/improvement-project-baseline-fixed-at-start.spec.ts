import { baselineBefore, evaluateMeasure } from './improvement-project';

describe('the baseline is fixed when the project starts, and a late correction does not move it', () => {
  const atStart = [
    { label: '2026-01-01', value: 20 },
    { label: '2026-02-01', value: 24 },
    { label: '2026-03-01', value: 22 },
  ];

  it('takes the months before the start month, not the start month itself', () => {
    expect(baselineBefore([...atStart, { label: '2026-04-01', value: 9 }], '2026-03-01')).toEqual(
      atStart.slice(0, 2),
    );
  });

  it('judges later months against the stored baseline even if the live series has since been corrected', () => {
    // The stored baseline says 20, 24, 22 (mean 22); the same months now read 30, 32, 31 after late events.
    const since = [{ label: '2026-04-01', value: 23 }];
    expect(evaluateMeasure(atStart, since, 'down').chart!.segments[0].mean).toBe(22);
  });
});
