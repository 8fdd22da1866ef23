import { uniquePatientId } from '@carechain/testing';
import { startIntake } from '../intake/intake-under-test';

describe("an EHR tells Esther's identity in a body that is not valid JSON", () => {
  let intake: Awaited<ReturnType<typeof startIntake>>;

  beforeAll(async () => {
    intake = await startIntake();
  });

  afterAll(() => intake?.stop());

  it.each([
    ['her name unquoted', '{"familyName": Svensson, "personalIdentityNumber": "193811231234"}'],
    ['her name in single quotes', '{"personalIdentityNumber": "193811231234", "familyName": \'Svensson\'}'],
    ['a body cut off after her name', '{"familyName": "Svensson", "givenNames": "Esther'],
  ])('is refused with 400 naming the body, never quoting her name or number (%s)', async (_case, body) => {
    const res = await intake.sendRaw('put', `/patients/${uniquePatientId()}/identity`, body).expect(400);

    expect(res.body).toEqual({
      status: 'rejected',
      problems: [{ path: '(body)', message: expect.stringMatching(/^request body is not valid JSON/) }],
    });
    expect(JSON.stringify(res.body)).not.toMatch(/Svensson|Esther|1938|1123|1234/);
  });
});
