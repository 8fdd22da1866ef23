import { type ArgumentsHost, Logger, UnauthorizedException } from '@nestjs/common';
import { forbidden } from '../client-errors';
import { OperationOutcomesFilter } from './operation-outcomes.filter';

/** What the filter sent: status, content type and body, as the client receives them. */
function answerTo(error: unknown) {
  const sent = { status: 0, headers: {} as Record<string, string>, body: '' };
  const res = {
    status: (status: number) => ((sent.status = status), res),
    setHeader: (name: string, value: string) => ((sent.headers[name] = value), res),
    send: (body: string) => ((sent.body = body), res),
  };
  const req = { id: 'req-4711', method: 'GET', route: { path: '/fhir/R4/List/:id' } };
  const host = { switchToHttp: () => ({ getRequest: () => req, getResponse: () => res }) } as ArgumentsHost;
  new OperationOutcomesFilter().catch(error, host);
  return { ...sent, outcome: JSON.parse(sent.body) };
}

describe('a database failure during a FHIR read reaches the client as a request id only', () => {
  const logged: string[] = [];
  beforeEach(() => {
    logged.length = 0;
    jest
      .spyOn(Logger.prototype, 'error')
      .mockImplementation((message: unknown) => void logged.push(String(message)));
  });
  afterEach(() => jest.restoreAllMocks());

  it("answers 500 with the request id, and logs the error's kind, never its text or stack", () => {
    const failure = Object.assign(
      new Error(
        'Invalid `prisma.medicineList.findUnique()` invocation: patient_id = pat-esther-88 timed out',
      ),
      { name: 'PrismaClientKnownRequestError', code: 'P2024' },
    );
    const answer = answerTo(failure);
    expect(answer.status).toBe(500);
    expect(answer.headers['content-type']).toBe('application/fhir+json; charset=utf-8');
    expect(answer.outcome).toEqual({
      resourceType: 'OperationOutcome',
      issue: [
        {
          severity: 'error',
          code: 'exception',
          diagnostics: 'Internal error: the operators can trace it by request id req-4711',
        },
      ],
    });
    expect(logged).toEqual([
      'FHIR read failed unexpectedly: PrismaClientKnownRequestError P2024 at GET /fhir/R4/List/:id (request req-4711)',
    ]);
    expect(answer.body + logged.join()).not.toMatch(/pat-esther-88|prisma\.|at Object/);
  });

  it("passes the door's refusal and a failed sign-in on with their own status and words", () => {
    expect(
      answerTo(forbidden('Care link vc-tranas has no care relationship with this patient')),
    ).toMatchObject({
      status: 403,
      outcome: {
        issue: [
          {
            code: 'forbidden',
            diagnostics: 'Care link vc-tranas has no care relationship with this patient',
          },
        ],
      },
    });
    expect(answerTo(new UnauthorizedException('token expired; sign in again'))).toMatchObject({
      status: 401,
      outcome: { issue: [{ code: 'login', diagnostics: 'token expired; sign in again' }] },
    });
    expect(logged).toEqual([]);
  });
});
