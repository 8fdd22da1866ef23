import { eventually, uniquePatientId } from '@carechain/testing';
import { AdapterUnderTest } from '../__fixtures__/adapter-under-test';
import { PSEUDONYM_SYSTEM } from '../__fixtures__/ehr';

describe('a page of EHR patients is registered in the identity register together', () => {
  let adapter: AdapterUnderTest;

  beforeAll(async () => {
    adapter = await AdapterUnderTest.start();
  });

  afterAll(async () => {
    await adapter?.stop();
  });

  it('keeps every identity of the page, and refuses the one with an unreadable personal identity number by field', async () => {
    const patient = (family: string, number: string) => ({
      patientId: uniquePatientId(),
      family,
      number,
    });
    const page = [
      patient('Lindqvist', '193811231234'),
      patient('Berg', '19381399-1234'),
      patient('Holm', '194501021234'),
    ];
    const created = [];
    for (const p of page)
      created.push(
        await adapter.ehr.create({
          resourceType: 'Patient',
          identifier: [
            { system: 'urn:oid:1.2.752.129.2.1.3.1', value: p.number },
            { system: PSEUDONYM_SYSTEM, value: p.patientId },
          ],
          name: [{ family: p.family, given: ['Esther'] }],
        }),
      );
    const [kept, refused, alsoKept] = page;

    const registered = await eventually(async () => {
      const rows = await adapter.prisma.patientIdentity.findMany({
        where: { patientId: { in: page.map((p) => p.patientId) } },
      });
      return rows.length === 2 ? rows : undefined;
    }, 'the two readable identities registered');
    expect(registered.map((r) => r.patientId).sort()).toEqual([kept.patientId, alsoKept.patientId].sort());
    for (const row of registered) {
      expect(row.source).toBe('fhir:ryhov');
      expect(row.terms.length).toBeGreaterThan(0);
      expect(Buffer.from(row.sealed).toString('latin1')).not.toContain('Lindqvist');
    }

    const { unmappable } = await adapter.status();
    expect(unmappable).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          resource: expect.stringMatching(`^Patient/${created[1].id}/_history/`),
          issues: [
            expect.objectContaining({
              code: 'value',
              expression: ['Patient (identity register) personalIdentityNumber'],
            }),
          ],
        }),
      ]),
    );
    expect(JSON.stringify(unmappable)).not.toContain(refused.number);
  });
});
