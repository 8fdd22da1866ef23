import {
  Global,
  Inject,
  Injectable,
  Module,
  OnApplicationShutdown,
  type DynamicModule,
} from '@nestjs/common';
import type { Kafka, Producer } from 'kafkajs';
import { createKafka, createProducer, ensureTopics, type KafkaSettings } from './kafka';

export const KAFKA = Symbol('Kafka');
export const KAFKA_SETTINGS = Symbol('KafkaSettings');
export const PRODUCER = Symbol('KafkaProducer');
export const InjectKafka = () => Inject(KAFKA);
export const InjectKafkaSettings = () => Inject(KAFKA_SETTINGS);
export const InjectProducer = () => Inject(PRODUCER);

@Injectable()
class ProducerLifecycle implements OnApplicationShutdown {
  constructor(@InjectProducer() private readonly producer: Producer) {}
  async onApplicationShutdown() {
    await this.producer.disconnect();
  }
}

/** The service's Kafka client and one shared producer, connected lazily so a broker outage never blocks start-up. */
@Global()
@Module({})
export class MessagingModule {
  static forRoot(settings: KafkaSettings): DynamicModule {
    return {
      module: MessagingModule,
      providers: [
        { provide: KAFKA_SETTINGS, useValue: settings },
        {
          provide: KAFKA,
          useFactory: async () => {
            const kafka = createKafka(settings);
            await ensureTopics(kafka, settings);
            return kafka;
          },
        },
        { provide: PRODUCER, inject: [KAFKA], useFactory: (kafka: Kafka) => createProducer(kafka, settings) },
        ProducerLifecycle,
      ],
      exports: [KAFKA, KAFKA_SETTINGS, PRODUCER],
    };
  }
}
