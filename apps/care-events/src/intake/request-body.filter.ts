import {
  ArgumentsHost,
  BadRequestException,
  Catch,
  ExceptionFilter,
  PayloadTooLargeException,
} from '@nestjs/common';
import type { Response } from 'express';

/**
 * Body-parser failures (the only bad requests raised before a handler runs) get the same problem
 * shape as contract violations.
 */
@Catch(BadRequestException, PayloadTooLargeException)
export class RequestBodyFilter implements ExceptionFilter {
  catch(error: BadRequestException | PayloadTooLargeException, host: ArgumentsHost) {
    const res = host.switchToHttp().getResponse<Response>();
    const tooLarge = error instanceof PayloadTooLargeException;
    const message = tooLarge
      ? 'request body is larger than this endpoint accepts'
      : `request body is not valid JSON: ${error.message}`;
    res.status(error.getStatus()).json({ status: 'rejected', problems: [{ path: '(body)', message }] });
  }
}
