import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { consumerGroups, topics } from '@carechain/contracts';
import {
  consumeInBackground,
  InjectKafka,
  InjectKafkaSettings,
  InjectProducer,
  decodePublishedCareEvents,
  type KafkaSettings,
  type RunningConsumer,
} from '@carechain/messaging';
import type { Kafka, Producer } from 'kafkajs';
import { ProjectionCheckpoint } from './projection-checkpoint';
import { observeProjectionLatency } from './read-model-metrics';
import { ReadModels } from './read-models';

/** The projector's consumer group: every published care event, into every read model. */
@Injectable()
export class ReadModelConsumer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ReadModelConsumer.name);
  private consumer?: RunningConsumer;

  constructor(
    @Inject(ReadModels) private readonly readModels: ReadModels,
    @Inject(ProjectionCheckpoint) private readonly checkpoint: ProjectionCheckpoint,
    @InjectKafka() private readonly kafka: Kafka,
    @InjectKafkaSettings() private readonly settings: KafkaSettings,
    @InjectProducer() private readonly producer: Producer,
  ) {}

  onApplicationBootstrap() {
    this.consumer = consumeInBackground(
      {
        kafka: this.kafka,
        settings: this.settings,
        groupId: consumerGroups.projector.group,
        topic: topics.careEvents,
        deadLetterTopic: topics.careEventsDeadLetter,
        producer: this.producer,
        handleBatch: async (messages) => {
          const decoded = decodePublishedCareEvents(messages);
          const events = decoded.flatMap((d) => ('value' in d ? [d.value] : []));
          const ids = events.map((e) => e.eventId);
          await this.readModels.apply(events, (tx) => this.checkpoint.mark(tx, ids));
          observeProjectionLatency(events);
          return decoded.map((d) => ('reason' in d ? d.reason : null));
        },
      },
      (error) => this.logger.warn(`read-model consumer not connected, retrying: ${error.message}`),
    );
  }

  async onApplicationShutdown() {
    await this.consumer?.stop();
  }
}
