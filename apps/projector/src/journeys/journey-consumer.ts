import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { topics, validatePublishedCareEvent } from '@carechain/contracts';
import {
  InjectKafka,
  InjectKafkaSettings,
  InjectProducer,
  parseJsonMessage,
  PoisonMessageError,
  startConsumer,
  type KafkaSettings,
} from '@carechain/messaging';
import type { Consumer, Kafka, Producer } from 'kafkajs';
import { JourneyProjection } from './journey-projection';

export const JOURNEYS_GROUP = 'carechain.projector.journeys';

@Injectable()
export class JourneyConsumer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JourneyConsumer.name);
  private consumer?: Consumer;
  private stopped = false;

  constructor(
    @Inject(JourneyProjection) private readonly projection: JourneyProjection,
    @InjectKafka() private readonly kafka: Kafka,
    @InjectKafkaSettings() private readonly settings: KafkaSettings,
    @InjectProducer() private readonly producer: Producer,
  ) {}

  onApplicationBootstrap() {
    void this.connect();
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    try {
      await this.producer.connect();
      this.consumer = await startConsumer({
        kafka: this.kafka,
        settings: this.settings,
        groupId: process.env.PROJECTOR_GROUP_ID ?? JOURNEYS_GROUP,
        topic: topics.careEvents,
        deadLetterTopic: topics.careEventsDeadLetter,
        producer: this.producer,
        handle: async (message) => {
          const checked = validatePublishedCareEvent(parseJsonMessage(message));
          if (!checked.ok) {
            throw new PoisonMessageError(checked.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
          }
          await this.projection.apply(checked.event);
        },
      });
    } catch (error) {
      this.logger.warn(`journey consumer not connected, retrying: ${(error as Error).message}`);
      setTimeout(() => void this.connect(), 2000).unref();
    }
  }

  async onApplicationShutdown() {
    this.stopped = true;
    await this.consumer?.disconnect();
  }
}
