import { Body, Controller, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import type { Response } from 'express';
import { countIntake } from '@carechain/service-runtime';
import { storeOr503 } from './database-unavailable';
import { IntakeAuthentication, type SubmittedRequest } from './intake-authentication.guard';
import { IntakeService, type IntakeResult } from './intake.service';

export const MAX_BATCH = 1000;

const statusCodeOf: Record<IntakeResult['status'], number> = {
  accepted: 201,
  duplicate: 200,
  rejected: 400,
  forbidden: 403,
  conflict: 409,
};

@Controller('care-events')
@UseGuards(IntakeAuthentication)
export class IntakeController {
  constructor(private readonly intake: IntakeService) {}

  /** One care event. A resubmission is answered with the original result and 200. */
  @Post()
  async submitOne(
    @Body() body: unknown,
    @Req() req: SubmittedRequest,
    @Res({ passthrough: true }) res: Response,
  ) {
    const [result] = await storeOr503(res, () => this.intake.submit([body], req.submitter));
    countIntake('http', [result]);
    res.status(statusCodeOf[result.status]);
    return result;
  }

  /**
   * Up to MAX_BATCH care events. Valid events are stored together even when others are rejected;
   * each gets its own result, in the order sent. 207 tells that not all were accepted.
   */
  @Post('batch')
  @HttpCode(200)
  async submitBatch(
    @Body() body: unknown,
    @Req() req: SubmittedRequest,
    @Res({ passthrough: true }) res: Response,
  ) {
    const events = (body as { events?: unknown } | null)?.events;
    if (!Array.isArray(events) || events.length === 0 || events.length > MAX_BATCH) {
      res.status(400);
      return {
        status: 'rejected',
        problems: [{ path: 'events', message: `events must be an array of 1 to ${MAX_BATCH} care events` }],
      };
    }
    const results = await storeOr503(res, () => this.intake.submit(events, req.submitter));
    countIntake('http', results);
    if (results.some((r) => r.status !== 'accepted' && r.status !== 'duplicate')) res.status(207);
    return { results: results.map((result, index) => ({ index, ...result })) };
  }
}
