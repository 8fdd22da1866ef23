import { officialExample, ryhov } from '../__fixtures__/examples';
import { careEventChanges } from '../resource-changes';
import { MEDICALLY_READY_EXTENSION, MEDICALLY_READY_FLAG_CODE } from './medically-ready';

const events = (type: 'Encounter' | 'Flag', current: unknown, previous?: unknown) => {
  const result = careEventChanges(type, current, previous, ryhov);
  if (!result.ok) throw new Error(result.issues.map((i) => i.diagnostics).join('; '));
  return result.events.map(({ type: t, occurredAt, payload }) => ({ type: t, occurredAt, payload }));
};

describe('the ward marks the patient medically ready, withdraws it when she deteriorates, and sets it again', () => {
  const stay = officialExample('Encounter-emerg');
  const version = (n: number, extension: object[]) => ({
    ...stay,
    meta: { versionId: String(n), lastUpdated: `2026-11-2${n}T08:00:00.000Z` },
    extension,
  });
  const ready = version(2, [{ url: MEDICALLY_READY_EXTENSION, valueDateTime: '2017-02-02T10:00:00+10:00' }]);
  const withdrawn = version(3, []);
  const readyAgain = version(4, [
    {
      url: 'http://example.org/fhir/StructureDefinition/utskrivningsklar',
      valueDateTime: '2017-02-03T09:00:00+10:00',
    },
  ]);

  it('declares readiness from the Encounter extension', () => {
    expect(events('Encounter', ready, stay)).toEqual([
      {
        type: 'MedicallyReadyForDischarge',
        occurredAt: '2017-02-02T10:00:00+10:00',
        payload: { stayId: 'ryhov-emerg', readyAt: '2017-02-02T10:00:00+10:00' },
      },
    ]);
  });

  it('withdraws readiness when the extension is removed', () => {
    expect(events('Encounter', withdrawn, ready)).toEqual([
      {
        type: 'MedicallyReadyWithdrawn',
        occurredAt: '2026-11-23T08:00:00.000Z',
        payload: { stayId: 'ryhov-emerg', reason: 'the EHR no longer marks the patient medically ready' },
      },
    ]);
  });

  it('reads a local profile of the same extension when set again', () => {
    expect(events('Encounter', readyAgain, withdrawn).map((e) => e.type)).toEqual([
      'MedicallyReadyForDischarge',
    ]);
  });

  it('reads readiness from a Flag on the encounter, and its end as a withdrawal', () => {
    const [system, code] = MEDICALLY_READY_FLAG_CODE.split('|');
    const flag = {
      ...officialExample('Flag-example-encounter'),
      code: { coding: [{ system, code }] },
      encounter: { reference: 'Encounter/emerg' },
      period: { start: '2017-02-02T10:00:00+10:00' },
    };
    const ended = {
      ...flag,
      status: 'inactive',
      meta: { versionId: '2', lastUpdated: '2026-11-23T08:00:00.000Z' },
    };
    expect(events('Flag', flag).map((e) => e.type)).toEqual(['MedicallyReadyForDischarge']);
    expect(events('Flag', ended, flag).map((e) => e.type)).toEqual(['MedicallyReadyWithdrawn']);
  });

  it('ignores flags about other things', () => {
    expect(events('Flag', officialExample('Flag-example-encounter'))).toEqual([]);
  });
});
