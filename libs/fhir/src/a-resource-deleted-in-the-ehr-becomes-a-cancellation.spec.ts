import { officialExample, ryhov } from './__fixtures__/examples';
import { deletedVersionOf } from './deletions';
import { careEventChanges } from './resource-changes';

const deletedAt = '2026-11-22T09:00:00.000Z';
const typesOf = (result: ReturnType<typeof careEventChanges>) =>
  result.ok ? result.events.map((e) => [e.type, e.occurredAt]) : result.issues;

describe('a resource deleted in the EHR becomes a cancellation', () => {
  it('cancels the admission of a deleted encounter', () => {
    const emergency = officialExample('Encounter-emerg');
    expect(
      typesOf(careEventChanges('Encounter', deletedVersionOf(emergency, deletedAt), emergency, ryhov)),
    ).toEqual([['AdmissionCancelled', deletedAt]]);
  });

  it('stops a medicine whose statement was deleted', () => {
    const statement = officialExample('MedicationStatement-example006');
    const result = careEventChanges(
      'MedicationStatement',
      deletedVersionOf(statement, deletedAt),
      statement,
      ryhov,
    );
    expect(result).toMatchObject({
      ok: true,
      events: [{ occurredAt: deletedAt, payload: { changes: [{ action: 'stopped' }] } }],
    });
  });

  it('stops every medicine of a deleted medication list', () => {
    const list = {
      ...officialExample('List-med-list'),
      mode: 'snapshot',
      code: { coding: [{ system: 'http://loinc.org', code: '10160-0' }] },
      entry: [{ item: { display: 'Furosemid 40 mg' } }],
    };
    expect(careEventChanges('List', deletedVersionOf(list, deletedAt), list, ryhov)).toMatchObject({
      ok: true,
      events: [{ payload: { changes: [{ action: 'stopped', medication: { text: 'Furosemid 40 mg' } }] } }],
    });
  });
});
