import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { topics, validatePublishedCareEvent } from '@carechain/contracts';
import {
  consumeInBackground,
  decodeMessages,
  InjectKafka,
  InjectKafkaSettings,
  InjectProducer,
  parseJsonMessage,
  PoisonMessageError,
  type KafkaSettings,
  type RunningConsumer,
} from '@carechain/messaging';
import type { Kafka, Producer } from 'kafkajs';
import { FhirServerError } from '../connections/fhir-server';
import { CarePlanWriteBack } from './care-plan-write-back';

export const CARE_PLAN_WRITE_BACK_GROUP = 'carechain.fhir-adapter.care-plans';

/**
 * CarePlanUpdated events from care.events.v1, written back to the EHRs. An EHR that is away makes
 * the batch fail and be retried, so nothing is skipped; a plan an EHR refuses is dead-lettered.
 */
@Injectable()
export class CarePlanConsumer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(CarePlanConsumer.name);
  private consumer?: RunningConsumer;

  constructor(
    @Inject(CarePlanWriteBack) private readonly writeBack: CarePlanWriteBack,
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
        groupId: CARE_PLAN_WRITE_BACK_GROUP,
        topic: topics.careEvents,
        deadLetterTopic: topics.careEventsDeadLetter,
        producer: this.producer,
        partitionsConsumedConcurrently: 1,
        handleBatch: async (messages) => {
          const decoded = decodeMessages(messages, (message) => {
            const checked = validatePublishedCareEvent(parseJsonMessage(message));
            if (checked.ok) return checked.event;
            throw new PoisonMessageError(checked.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
          });
          const reasons: (string | null)[] = [];
          for (const d of decoded) {
            if ('reason' in d || d.value.type !== 'CarePlanUpdated') {
              // Other consumers dead-letter what breaks the contract; this one only writes care plans.
              reasons.push(null);
              continue;
            }
            try {
              await this.writeBack.write(d.value);
              reasons.push(null);
            } catch (error) {
              if (error instanceof FhirServerError && !error.transient) reasons.push(`the EHR refused the care plan: ${error.message}`);
              else throw error;
            }
          }
          return reasons;
        },
      },
      (error) => this.logger.warn(`care-plan consumer not connected, retrying: ${error.message}`),
    );
  }

  async onApplicationShutdown() {
    await this.consumer?.stop();
  }
}
