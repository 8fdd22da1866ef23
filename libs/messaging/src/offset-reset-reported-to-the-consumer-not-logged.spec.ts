import { EventEmitter } from 'node:events';
import { logLevel } from 'kafkajs';
import { offsetResetLogging } from './offset-resets';

describe('the broker no longer holds the messages a consumer group had not read', () => {
  const entry = (message: string) => ({
    namespace: 'ConsumerGroup',
    level: logLevel.ERROR,
    label: 'ERROR',
    log: {
      timestamp: '2026-12-06T12:00:00Z',
      logger: 'kafkajs',
      message,
      groupId: 'carechain.projector',
      topic: 'care.events.v1',
      partition: 3,
    },
  });

  it('hands each reset to the consumer instead of logging an error line for it', () => {
    const emitter = new EventEmitter();
    const resets: unknown[] = [];
    emitter.on('reset', (reset) => resets.push(reset));
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const log = offsetResetLogging(emitter)(logLevel.ERROR);

    log(entry('Offset out of range, resetting to default offset'));
    log(entry('Offset out of range, resetting to default offset'));
    log(entry('Connection timeout'));

    expect(resets).toEqual([
      { groupId: 'carechain.projector', topic: 'care.events.v1', partition: 3 },
      { groupId: 'carechain.projector', topic: 'care.events.v1', partition: 3 },
    ]);
    expect(errors).toHaveBeenCalledTimes(1);
    expect(errors.mock.calls[0][0]).toContain('[ConsumerGroup] Connection timeout');
    errors.mockRestore();
  });

  it('still logs a reset when no consumer listens for them', () => {
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    offsetResetLogging(new EventEmitter())(logLevel.ERROR)(
      entry('Offset out of range, resetting to default offset'),
    );
    expect(errors).toHaveBeenCalledTimes(1);
    errors.mockRestore();
  });
});
