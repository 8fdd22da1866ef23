import { Logger } from '@nestjs/common';
import { parseConnections } from './connection-config';
import { Connections, type StoredConnection } from './connections';

const config = (id: string, more: object = {}) => ({
  id,
  baseUrl: `https://${id}.example/fhir`,
  careLinks: [`${id}-ward`],
  patientIdentifierSystem: 'https://esther.example/fhir/sid/patient-pseudonym',
  ...more,
});
const env = { FHIR_SECRET_RYHOV: 'token', DATABASE_URL: 'postgres://carechain:secret@db/carechain' };

describe('connections integrators stored, beside those of the connections file', () => {
  let connections: Connections;
  let changes: { started: string[]; stopped: string[] }[];
  const ids = () => connections.all.map((c) => c.connection.id).sort();

  beforeEach(() => {
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    connections = new Connections(parseConnections({ connections: [config('eksjo')] }, env), env);
    changes = [];
    connections.onChange(({ started, stopped }) =>
      changes.push({
        started: started.map((e) => e.connection.id),
        stopped: stopped.map((e) => e.connection.id),
      }),
    );
  });
  const stored = (id: string, enabled = true, more: object = {}): StoredConnection => ({
    connectionId: id,
    config: config(id, more),
    enabled,
  });

  it('starts an added connection, restarts a changed one, stops a paused one, and leaves the same one be', () => {
    connections.apply([stored('ryhov')]);
    connections.apply([stored('ryhov')]);
    connections.apply([stored('ryhov', true, { pageSize: 2 })]);
    connections.apply([stored('ryhov', false, { pageSize: 2 })]);
    expect(changes).toEqual([
      { started: ['ryhov'], stopped: [] },
      { started: ['ryhov'], stopped: ['ryhov'] },
      { started: [], stopped: ['ryhov'] },
    ]);
    expect(ids()).toEqual(['eksjo']);
  });

  it("keeps the file's connection over a stored one of the same id", () => {
    connections.apply([stored('eksjo', false)]);
    expect(changes).toEqual([]);
    expect(ids()).toEqual(['eksjo']);
  });

  it('does not sync a stored connection that names a variable not set aside for EHR secrets', () => {
    connections.apply([
      stored('ryhov', true, { auth: { type: 'bearer', tokenEnv: 'FHIR_SECRET_RYHOV' } }),
      stored('evil', true, { auth: { type: 'bearer', tokenEnv: 'DATABASE_URL' } }),
    ]);
    expect(ids()).toEqual(['eksjo', 'ryhov']);
    expect(connections.all.find((c) => c.connection.id === 'ryhov')?.connection.secret).toBe('token');
  });
});
