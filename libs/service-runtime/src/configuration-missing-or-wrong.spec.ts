import { ConfigurationError, loadConfig, platformSettings, port } from './config';

const settings = { ...platformSettings, CARE_EVENTS_PORT: port('CARE_EVENTS_PORT', 3001) };
const valid = {
  DATABASE_URL: 'postgresql://carechain:secret@db:5432/carechain',
  KAFKA_BROKERS: 'kafka-1:9092, kafka-2:9092',
};

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(settings, env);
  } catch (error) {
    if (error instanceof ConfigurationError) return error.problems;
    throw error;
  }
  throw new Error('expected the configuration to be refused');
}

describe('a service starts with missing or wrong configuration', () => {
  it('reads a complete configuration and fills the defaults', () => {
    expect(loadConfig(settings, valid)).toEqual({
      DATABASE_URL: valid.DATABASE_URL,
      KAFKA_BROKERS: ['kafka-1:9092', 'kafka-2:9092'],
      KAFKA_IDEMPOTENT: false,
      KAFKA_CREATE_TOPICS: false,
      KAFKA_REPLICATION_FACTOR: 1,
      KAFKA_MAX_WAIT_MS: 500,
      LOG_LEVEL: 'info',
      CARE_EVENTS_PORT: 3001,
    });
  });

  it('names every missing setting at once', () => {
    expect(problemsOf({})).toEqual([
      'DATABASE_URL is required (postgresql://user:password@host:port/database)',
      'KAFKA_BROKERS is required (comma-separated host:port list)',
    ]);
  });

  it('explains each wrong value', () => {
    expect(
      problemsOf({
        ...valid,
        DATABASE_URL: 'mysql://db/x',
        KAFKA_BROKERS: 'kafka-1',
        KAFKA_IDEMPOTENT: 'yes',
        CARE_EVENTS_PORT: '70000',
      }),
    ).toEqual([
      'DATABASE_URL must look like postgresql://user:password@host:port/database',
      'KAFKA_BROKERS must be a comma-separated list of host:port, e.g. kafka-1:9092,kafka-2:9092',
      'KAFKA_IDEMPOTENT must be true or false',
      'CARE_EVENTS_PORT must be between 0 (any free port) and 65535',
    ]);
  });

  it('turns on idempotent producers and topic creation for real Kafka', () => {
    expect(
      loadConfig(settings, { ...valid, KAFKA_IDEMPOTENT: 'true', KAFKA_CREATE_TOPICS: 'true' }),
    ).toMatchObject({
      KAFKA_IDEMPOTENT: true,
      KAFKA_CREATE_TOPICS: true,
    });
  });

  it('puts all problems in one readable message', () => {
    expect(() => loadConfig(settings, {})).toThrow(
      /^Configuration is not valid:\n {2}- DATABASE_URL is required/,
    );
  });
});
