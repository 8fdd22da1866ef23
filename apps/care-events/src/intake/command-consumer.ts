import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { topics } from '@carechain/contracts';
import {
  consumeInBackground,
  InjectKafka,
  InjectKafkaSettings,
  InjectProducer,
  parseJsonMessage,
  PoisonMessageError,
  type KafkaSettings,
  type RunningConsumer,
} from '@carechain/messaging';
import type { Kafka, Producer } from 'kafkajs';
import { IntakeService } from './intake.service';

export const COMMAND_CONSUMER_GROUP = 'carechain.care-events.intake';

/** Care events submitted on Kafka: stored like HTTP submissions; rejected ones go to the dead-letter topic. */
@Injectable()
export class CommandConsumer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(CommandConsumer.name);
  private consumer?: RunningConsumer;

  constructor(
    @Inject(IntakeService) private readonly intake: IntakeService,
    @InjectKafka() private readonly kafka: Kafka,
    @InjectKafkaSettings() private readonly settings: KafkaSettings,
    @InjectProducer() private readonly producer: Producer,
  ) {}

  onApplicationBootstrap() {
    this.consumer = consumeInBackground(
      {
        kafka: this.kafka,
        settings: this.settings,
        groupId: COMMAND_CONSUMER_GROUP,
        topic: topics.careEventCommands,
        deadLetterTopic: topics.careEventCommandsDeadLetter,
        producer: this.producer,
        handle: async (message) => {
          const [result] = await this.intake.submit([parseJsonMessage(message)]);
          if (result.status === 'rejected') {
            throw new PoisonMessageError(result.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
          }
          if (result.status === 'conflict') throw new PoisonMessageError(result.message);
        },
      },
      (error) => this.logger.warn(`command consumer not connected, retrying: ${error.message}`),
    );
  }

  async onApplicationShutdown() {
    await this.consumer?.stop();
  }
}
