import { isContention, postgresFailure } from './postgresErrors';

describe('what a PostgreSQL failure means', () => {
  it.each([
    ['40001', 'serialization failure'],
    ['40P01', 'deadlock detected'],
    ['55P03', 'lock not available'],
    ['23505', 'unique violation of two appends racing for one stream version'],
    ['57014', 'statement cancelled by lock_timeout'],
  ])(
    'given SQLSTATE %s (%s), then it is contention: a conflict to retry, not an unreachable store',
    (code) => {
      expect(isContention({ code, message: 'could not serialize access' })).toBe(true);
    },
  );

  it.each([
    ['ECONNREFUSED', 'connection refused'],
    ['08006', 'connection failure'],
    ['57P01', 'administrator shutdown'],
  ])('given %s (%s), then the store cannot be reached', (code) => {
    expect(isContention({ code })).toBe(false);
    const failure = postgresFailure({ code, message: 'connect ECONNREFUSED 127.0.0.1:5432' }, 'appending');
    expect(failure.code).toBe('StoreUnavailable');
    expect(failure.message).toMatch(/reachable/);
  });

  it('given no error object at all, then it is not contention and nothing throws', () => {
    expect(isContention(null)).toBe(false);
    expect(isContention(undefined)).toBe(false);
  });
});
