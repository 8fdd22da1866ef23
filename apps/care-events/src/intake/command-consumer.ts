import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { consumerGroups, topics } from '@carechain/contracts';
import {
  consumeInBackground,
  InjectKafka,
  InjectKafkaSettings,
  InjectProducer,
  decodeMessages,
  parseJsonMessage,
  type KafkaSettings,
  type RunningConsumer,
} from '@carechain/messaging';
import type { Kafka, Producer } from 'kafkajs';
import { countIntake } from '@carechain/service-runtime';
import { IntakeService } from './intake.service';
import { commandTopicSubmitter, SUBMITTER_CONFIGURATION, type SubmitterConfiguration } from './submitters';

/**
 * Care events submitted on Kafka: stored like HTTP submissions, for the care links the topic speaks
 * for (INTAKE_NETWORK_CARE_LINKS); rejected and refused ones go to the dead-letter topic with the reason.
 */
@Injectable()
export class CommandConsumer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(CommandConsumer.name);
  private consumer?: RunningConsumer;

  constructor(
    @Inject(IntakeService) private readonly intake: IntakeService,
    @InjectKafka() private readonly kafka: Kafka,
    @InjectKafkaSettings() private readonly settings: KafkaSettings,
    @InjectProducer() private readonly producer: Producer,
    @Inject(SUBMITTER_CONFIGURATION) private readonly submitters: SubmitterConfiguration,
  ) {}

  onApplicationBootstrap() {
    this.consumer = consumeInBackground(
      {
        kafka: this.kafka,
        settings: this.settings,
        groupId: consumerGroups.commandIntake.group,
        topic: topics.careEventCommands,
        deadLetterTopic: topics.careEventCommandsDeadLetter,
        producer: this.producer,
        handleBatch: async (messages) => {
          const decoded = decodeMessages(messages, parseJsonMessage);
          const submitted = decoded.flatMap((d) => ('value' in d ? [d.value] : []));
          const results = submitted.length
            ? await this.intake.submit(submitted, commandTopicSubmitter(this.submitters))
            : [];
          countIntake('kafka-command', results);
          let next = 0;
          return decoded.map((d) => {
            if ('reason' in d) return d.reason;
            const result = results[next++];
            if (result.status === 'rejected' || result.status === 'forbidden')
              return result.problems.map((p) => `${p.path}: ${p.message}`).join('; ');
            return result.status === 'conflict' ? result.message : null;
          });
        },
      },
      (error) => this.logger.warn(`command consumer not connected, retrying: ${error.message}`),
    );
  }

  async onApplicationShutdown() {
    await this.consumer?.stop();
  }
}
