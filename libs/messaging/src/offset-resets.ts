import { EventEmitter } from 'node:events';
import { logLevel, type Kafka, type logCreator } from 'kafkajs';

/** A consumer whose committed offset the broker no longer holds (retention), moved to the oldest it has. */
export interface OffsetReset {
  groupId: string;
  topic: string;
  partition: number;
}

const RESET_MESSAGE = 'Offset out of range, resetting to default offset';
const resets = new WeakMap<Kafka, EventEmitter>();

/**
 * kafkajs's own console logging, except that an offset reset is handed to the listeners of
 * `onOffsetReset` instead of being logged: the messages it skipped are gone from the broker, and
 * what to do about them (and the one line saying so) is the consumer's business.
 */
export function offsetResetLogging(emitter: EventEmitter): logCreator {
  return () =>
    ({ namespace, level, label, log }) => {
      if (log.message === RESET_MESSAGE) {
        const { groupId, topic, partition } = log as unknown as OffsetReset;
        if (emitter.listenerCount('reset')) return void emitter.emit('reset', { groupId, topic, partition });
      }
      const line = JSON.stringify({
        level: label,
        ...log,
        message: `${namespace ? `[${namespace}] ` : ''}${log.message}`,
      });
      if (level === logLevel.ERROR) console.error(line);
      else if (level === logLevel.WARN) console.warn(line);
      else console.info(line);
    };
}

export function offsetResetsOf(kafka: Kafka, emitter: EventEmitter): Kafka {
  resets.set(kafka, emitter);
  return kafka;
}

/** Calls `listener` for every offset reset of a consumer of this client; returns how to stop. */
export function onOffsetReset(kafka: Kafka, listener: (reset: OffsetReset) => void): () => void {
  const emitter = resets.get(kafka);
  emitter?.on('reset', listener);
  return () => emitter?.off('reset', listener);
}
