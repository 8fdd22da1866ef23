import { lagOf } from './metrics-consumer-lag';

describe('consumer lag per partition from committed offsets and watermarks', () => {
  const watermarks = [
    { partition: 1, low: '0', high: '40' },
    { partition: 0, low: '0', high: '100' },
  ];

  it('is the high watermark less the committed offset, partition by partition', () => {
    expect(
      lagOf(
        'care.events.v1',
        [
          { partition: 0, offset: '90' },
          { partition: 1, offset: '40' },
        ],
        watermarks,
      ),
    ).toEqual([
      { topic: 'care.events.v1', partition: 0, lag: 10 },
      { topic: 'care.events.v1', partition: 1, lag: 0 },
    ]);
  });

  it('counts everything retained as unread where the group has committed nothing', () => {
    const retained = [{ partition: 0, low: '25', high: '100' }];
    expect(lagOf('t', [{ partition: 0, offset: '-1' }], retained)).toEqual([
      { topic: 't', partition: 0, lag: 75 },
    ]);
    expect(lagOf('t', [], retained)).toEqual([{ topic: 't', partition: 0, lag: 75 }]);
  });

  it('is never negative when a committed offset runs ahead of a watermark read a moment earlier', () => {
    expect(lagOf('t', [{ partition: 0, offset: '105' }], [{ partition: 0, low: '0', high: '100' }])).toEqual([
      { topic: 't', partition: 0, lag: 0 },
    ]);
  });
});
