import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { consumerGroups, topics } from '@carechain/contracts';
import {
  consumeInBackground,
  decodePublishedCareEvents,
  InjectKafka,
  InjectKafkaSettings,
  InjectProducer,
  type KafkaSettings,
  type RunningConsumer,
} from '@carechain/messaging';
import type { Kafka, Producer } from 'kafkajs';
import { FhirServerError } from '../connections/fhir-server';
import { WriteBack } from './write-back';

/**
 * Care plans and medicine-list changes from care.events.v1, written back to the EHRs. An EHR that
 * is away makes the batch fail and be retried, so nothing is skipped; what an EHR refuses is
 * dead-lettered with its answer.
 */
@Injectable()
export class WriteBackConsumer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WriteBackConsumer.name);
  private consumer?: RunningConsumer;

  constructor(
    @Inject(WriteBack) private readonly writeBack: WriteBack,
    @InjectKafka() private readonly kafka: Kafka,
    @InjectKafkaSettings() private readonly settings: KafkaSettings,
    @InjectProducer() private readonly producer: Producer,
  ) {}

  onApplicationBootstrap() {
    if (!this.writeBack.enabled) return;
    this.consumer = consumeInBackground(
      {
        kafka: this.kafka,
        settings: this.settings,
        groupId: consumerGroups.fhirWriteBack.group,
        topic: topics.careEvents,
        deadLetterTopic: topics.careEventsDeadLetter,
        producer: this.producer,
        partitionsConsumedConcurrently: 1,
        // What the EHR refuses for good is dead-lettered below; anything thrown is the EHR or the
        // database being away, which the partition waits out.
        isTransient: () => true,
        handleBatch: async (messages) => {
          const decoded = decodePublishedCareEvents(messages);
          const reasons: (string | null)[] = [];
          for (const d of decoded) {
            if ('reason' in d) {
              // The projector dead-letters what breaks the contract; this consumer only writes back.
              reasons.push(null);
              continue;
            }
            try {
              await this.writeBack.write(d.value);
              reasons.push(null);
            } catch (error) {
              if (error instanceof FhirServerError && !error.transient)
                reasons.push(`the EHR refused the write-back: ${error.message}`);
              else throw error;
            }
          }
          return reasons;
        },
      },
      (error) => this.logger.warn(`write-back consumer not connected, retrying: ${error.message}`),
    );
  }

  async onApplicationShutdown() {
    await this.consumer?.stop();
  }
}
