/**
 * Kafka topics of the platform. Every topic is keyed by patient id, so one patient's events stay
 * in order. The version in the name changes only with an incompatible change of the envelope.
 */
export const topics = {
  careEvents: 'care.events.v1',
  careEventCommands: 'care.commands.v1',
  careEventsDeadLetter: 'care.events.dlq.v1',
  careEventCommandsDeadLetter: 'care.commands.dlq.v1',
} as const;

export interface TopicDefinition {
  name: string;
  partitions: number;
  description: string;
}

export const topicDefinitions: TopicDefinition[] = [
  {
    name: topics.careEvents,
    partitions: 12,
    description: 'Every accepted care event, published from the outbox. Key: patientId.',
  },
  {
    name: topics.careEventCommands,
    partitions: 12,
    description:
      'Care events submitted by integrators over Kafka; validated and stored like HTTP submissions. Key: patientId.',
  },
  {
    name: topics.careEventsDeadLetter,
    partitions: 3,
    description: 'Messages on care.events.v1 a consumer could not process, with the reason in headers.',
  },
  {
    name: topics.careEventCommandsDeadLetter,
    partitions: 3,
    description: 'Rejected submissions from care.commands.v1, with the reason in headers.',
  },
];

/**
 * The platform's consumer groups and the topic each reads: the services join them, and operators
 * watch their lag and dead letters under these names.
 */
export const consumerGroups = {
  projector: { group: 'carechain.projector', topic: topics.careEvents },
  handovers: { group: 'carechain.gateway.handovers', topic: topics.careEvents },
  fhirWriteBack: { group: 'carechain.fhir-adapter.write-back', topic: topics.careEvents },
  commandIntake: { group: 'carechain.care-events.intake', topic: topics.careEventCommands },
} as const;

/** Headers on every dead-lettered message. */
export const deadLetterHeaders = {
  reason: 'x-dead-letter-reason',
  originalTopic: 'x-original-topic',
  originalPartition: 'x-original-partition',
  originalOffset: 'x-original-offset',
  failedAt: 'x-failed-at',
  /** Every group consuming a topic dead-letters a poison message; this says which one did. */
  consumerGroup: 'x-consumer-group',
} as const;

/** Headers on every published care event, so consumers can route without parsing the value. */
export const careEventHeaders = {
  eventId: 'x-event-id',
  type: 'x-event-type',
  schemaVersion: 'x-schema-version',
} as const;
