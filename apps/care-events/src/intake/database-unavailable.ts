import { ServiceUnavailableException } from '@nestjs/common';
import type { Response } from 'express';
import { isDatabaseUnavailable } from '@carechain/messaging';

/**
 * Runs `store`; while the event store cannot be reached the sender gets 503 with Retry-After
 * instead of a bare 500, and is told that sending the same events again is safe.
 */
export async function storeOr503<T>(res: Response, store: () => Promise<T>): Promise<T> {
  try {
    return await store();
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    res.setHeader('Retry-After', '5');
    throw new ServiceUnavailableException({
      status: 'unavailable',
      message:
        'the event store cannot be reached just now; the events may not have been stored: try again (sending the same event ids again is safe)',
    });
  }
}
