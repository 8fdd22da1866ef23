import { grantServiceLogin, withCredentials } from './service-login';

describe('the services and the migrations use two roles, so the services cannot erase the audit trail', () => {
  it('refuses to make the tables’ owner the services’ login, before connecting anywhere', async () => {
    await expect(
      grantServiceLogin(
        'postgresql://carechain:owner-secret@db.invalid:5432/carechain',
        'postgresql://carechain:owner-secret@db.invalid:5432/carechain',
      ),
    ).rejects.toThrow(
      'DATABASE_URL and MIGRATION_DATABASE_URL both use the role carechain: the services need a role of their own, one that cannot erase the audit trail',
    );
  });

  it('refuses a services’ URL without a password', async () => {
    await expect(
      grantServiceLogin(
        'postgresql://carechain:owner-secret@db.invalid:5432/carechain',
        'postgresql://carechain_service@db.invalid:5432/carechain',
      ),
    ).rejects.toThrow("DATABASE_URL must name the services' role and its password");
  });

  it('gives the services the same server, database and options as another role', () => {
    expect(
      withCredentials('postgresql://postgres:pw@127.0.0.1:54329/t_1?application_name=gateway-1', {
        user: 'carechain_service',
        password: 'p@ss/word',
      }),
    ).toBe('postgresql://carechain_service:p%40ss%2Fword@127.0.0.1:54329/t_1?application_name=gateway-1');
  });
});
