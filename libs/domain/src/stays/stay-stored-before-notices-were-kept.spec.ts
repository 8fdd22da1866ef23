import { stayRecordFromJson } from './stay-record';

describe('a stay stored before its notices were kept', () => {
  it('reads back with no notices, so it is charged nothing until the stays model is rebuilt', () => {
    const stored = {
      facts: {
        stayId: 'stay-1',
        admittedAt: '2026-11-14T08:00:00.000Z',
        dischargedAt: null,
        readiness: [],
        causes: [],
        requiredNoticesSent: true,
      },
      wards: [{ from: '2026-11-14T08:00:00.000Z', wardCareLinkId: 'ryhov-med-1' }],
      receivingCareLinkId: null,
      diagnosisGroup: null,
    };
    expect(stayRecordFromJson(stored).facts.notices).toEqual([]);
  });
});
