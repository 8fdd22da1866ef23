import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { consumerGroups, topicDefinitions, topics } from '@carechain/contracts';
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
import { GroupedBatches } from './grouped-batches';
import type { ProjectedEvent } from './projection';
import { observeProjectionLatency } from './read-model-metrics';
import { ReadModels } from './read-models';

/** The projector's consumer group: every published care event, into every read model. */
@Injectable()
export class ReadModelConsumer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ReadModelConsumer.name);
  private consumer?: RunningConsumer;
  private readonly batches = new GroupedBatches<ProjectedEvent>(async (events) => {
    await this.readModels.apply(events);
  });

  constructor(
    @Inject(ReadModels) private readonly readModels: ReadModels,
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
        // Every partition's batch may join the same transaction (GroupedBatches).
        partitionsConsumedConcurrently: partitionsOf(topics.careEvents),
        handleBatch: async (messages) => {
          const decoded = decodePublishedCareEvents(messages);
          const events = decoded.flatMap((d) => ('value' in d ? [d.value] : []));
          await this.batches.apply(events);
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

const partitionsOf = (topic: string) => topicDefinitions.find((t) => t.name === topic)!.partitions;
