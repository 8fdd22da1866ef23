import { GraphQLError } from 'graphql';
import { instantIn } from './client-errors';

const refusalOf = (field: string, value: string) => {
  try {
    instantIn(field, value);
  } catch (error) {
    return { message: (error as GraphQLError).message, code: (error as GraphQLError).extensions.code };
  }
  return null;
};

describe('a planner filters her inbox by deadline, or asks for statistics since a moment', () => {
  it('takes a day or a date-time with its offset', () => {
    expect(instantIn('filter.dueFrom', '2026-12-01').toISOString()).toBe('2026-12-01T00:00:00.000Z');
    expect(instantIn('since', '2026-12-01T08:00:00+01:00').toISOString()).toBe('2026-12-01T07:00:00.000Z');
  });

  it('refuses "1 december" or a 13th month naming the field and the value', () => {
    expect(refusalOf('filter.dueFrom', '1 december')).toEqual({
      message: "filter.dueFrom: '1 december' is not an ISO 8601 date or date-time",
      code: 'BAD_USER_INPUT',
    });
    expect(refusalOf('to', '2026-13-01')).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
