import { validateCareEvent } from '@carechain/contracts';
import { officialExample, ryhov } from '../__fixtures__/examples';
import { careEventChanges } from '../resource-changes';

const events = (current: unknown, previous: unknown) => {
  const result = careEventChanges('Encounter', current, previous, ryhov);
  if (!result.ok) throw new Error(result.issues.map((i) => i.diagnostics).join('; '));
  for (const e of result.events) {
    const checked = validateCareEvent({
      eventId: '0b6f1c1e-8d4b-4c57-9a51-0d7f7c3f2a10',
      type: e.type,
      schemaVersion: 1,
      patientId: 'pat-esther-88',
      occurredAt: e.occurredAt,
      source: { system: 'fhir:ryhov', careLinkId: e.careLinkId },
      payload: e.payload,
    });
    expect(checked).toMatchObject({ ok: true });
  }
  return result.events.map(({ type, occurredAt, payload }) => ({ type, occurredAt, payload }));
};

describe('the ward corrects an admission, a transfer and a discharge that were recorded in error', () => {
  const admitted = officialExample('Encounter-emerg');
  const next = (fields: object) => ({
    ...admitted,
    meta: { versionId: '2', lastUpdated: '2026-11-21T08:00:00.000Z' },
    ...fields,
  });
  const emergencyOnly = (admitted.location as { location: { display: string } }[]).filter((l) =>
    l.location.display.startsWith('Emergency'),
  );
  const discharged = next({
    status: 'finished',
    period: { start: '2017-02-01T07:15:00+10:00', end: '2017-02-03T10:00:00+10:00' },
  });

  it('cancels the admission of an encounter entered in error', () => {
    expect(events(next({ status: 'entered-in-error' }), admitted)).toEqual([
      {
        type: 'AdmissionCancelled',
        occurredAt: '2026-11-21T08:00:00.000Z',
        payload: { stayId: 'ryhov-emerg' },
      },
    ]);
  });

  it('cancels a transfer whose location is taken out of the history', () => {
    expect(events(next({ location: emergencyOnly }), admitted)).toEqual([
      {
        type: 'TransferCancelled',
        occurredAt: '2026-11-21T08:00:00.000Z',
        payload: { stayId: 'ryhov-emerg', fromWardCareLinkId: 'ryhov-akm', toWardCareLinkId: 'ryhov-med-3' },
      },
    ]);
  });

  it('cancels a discharge when the finished encounter is in progress again', () => {
    const again = { ...admitted, meta: { versionId: '3', lastUpdated: '2026-11-22T08:00:00.000Z' } };
    expect(events(again, discharged)).toEqual([
      {
        type: 'DischargeCancelled',
        occurredAt: '2026-11-22T08:00:00.000Z',
        payload: { stayId: 'ryhov-emerg' },
      },
    ]);
  });
});
