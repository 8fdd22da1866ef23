import { Prisma } from '@carechain/persistence';
import { isDatabaseUnavailable, isTransientDatabaseError } from './database-unavailable';

const known = (code: string, message: string, cause?: object) =>
  new Prisma.PrismaClientKnownRequestError(message, {
    code,
    clientVersion: Prisma.prismaVersion.client,
    meta: cause ? { driverAdapterError: { cause } } : undefined,
  });

describe('the database is too busy to start a transaction in time, or away', () => {
  it('counts a transaction not started in time as the database being unavailable (503, not 500)', () => {
    expect(
      isDatabaseUnavailable(
        known('P2028', 'Transaction API error: Unable to start a transaction in the given time.'),
      ),
    ).toBe(true);
  });

  it('counts no free connection in the pool as unavailable', () => {
    expect(isDatabaseUnavailable(known('P2024', 'Timed out fetching a new connection'))).toBe(true);
  });

  it('lets a consumer wait out a deadlock or serialization failure, but not bad input', () => {
    expect(isTransientDatabaseError(known('P2034', 'write conflict or deadlock'))).toBe(true);
    expect(isTransientDatabaseError(known('P2010', 'raw query failed', { originalCode: '40P01' }))).toBe(
      true,
    );
    expect(
      isTransientDatabaseError(
        known('P2010', 'invalid byte sequence for encoding "UTF8": 0x00', { originalCode: '22021' }),
      ),
    ).toBe(false);
    expect(isTransientDatabaseError(new Error('Cannot read properties of undefined'))).toBe(false);
  });
});
