import {
  ArgumentsHost,
  BadRequestException,
  Catch,
  ExceptionFilter,
  PayloadTooLargeException,
} from '@nestjs/common';
import type { Response } from 'express';

// V8 quotes the text around an unexpected token, and a body may hold a patient's name or number.
const withoutQuotedBody = (message: string) =>
  / is not valid JSON$/.test(message)
    ? 'a value is not written as JSON (text goes in double quotes)'
    : message;

/**
 * Body-parser failures (the only bad requests raised before a handler runs) get the same problem
 * shape as contract violations, saying where the JSON breaks but never quoting the body.
 */
@Catch(BadRequestException, PayloadTooLargeException)
export class RequestBodyFilter implements ExceptionFilter {
  catch(error: BadRequestException | PayloadTooLargeException, host: ArgumentsHost) {
    const res = host.switchToHttp().getResponse<Response>();
    const tooLarge = error instanceof PayloadTooLargeException;
    const message = tooLarge
      ? 'request body is larger than this endpoint accepts'
      : `request body is not valid JSON: ${withoutQuotedBody(error.message)}`;
    res.status(error.getStatus()).json({ status: 'rejected', problems: [{ path: '(body)', message }] });
  }
}
