import { Body, Controller, Inject, Param, Put, Req, Res, UseGuards } from '@nestjs/common';
import type { Response } from 'express';
import { patientIdSchema, toldIdentitySchema } from '@carechain/contracts';
import { PatientIdentityRegister } from '@carechain/persistence';
import { storeOr503 } from '../intake/database-unavailable';
import { IntakeAuthentication, type SubmittedRequest } from '../intake/intake-authentication.guard';

const rejected = (res: Response, problems: { path: string; message: string }[]) => {
  res.status(400);
  return { status: 'rejected', problems };
};

/**
 * Integrators tell the identity register who a patient is. The identity goes to the register
 * alone, encrypted: never into a care event, the outbox, Kafka or the log. Problems name the
 * field, never its value.
 */
@Controller('patients')
@UseGuards(IntakeAuthentication)
export class PatientIdentityController {
  constructor(@Inject(PatientIdentityRegister) private readonly identities: PatientIdentityRegister) {}

  @Put(':patientId/identity')
  async tell(
    @Param('patientId') patientId: string,
    @Body() body: unknown,
    @Req() req: SubmittedRequest,
    @Res({ passthrough: true }) res: Response,
  ) {
    const id = patientIdSchema.safeParse(patientId);
    if (!id.success) return rejected(res, [{ path: 'patientId', message: id.error.issues[0].message }]);
    const { submitter } = req;
    if (submitter.kind !== 'connection') {
      res.status(403);
      return {
        status: 'forbidden',
        problems: [
          {
            path: '(caller)',
            message: "identities come from the record systems' connections, not from staff",
          },
        ],
      };
    }
    const told = toldIdentitySchema.safeParse(body);
    if (!told.success)
      return rejected(
        res,
        told.error.issues.map((issue) => ({
          path: issue.path.join('.') || '(body)',
          message: issue.message,
        })),
      );
    const problems = await storeOr503(res, () =>
      this.identities.record(id.data, told.data, `http:${submitter.name}`),
    );
    if (problems.length) return rejected(res, problems);
    return { status: 'recorded', patientId: id.data };
  }
}
