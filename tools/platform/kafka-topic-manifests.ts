import { join } from 'node:path';
import { topicDefinitions, topics, type TopicDefinition } from '@carechain/contracts';
import { workspaceRoot } from './paths';

export const kafkaTopicManifestsPath = join(workspaceRoot, 'infra', 'k8s', 'kafka', 'topics.yaml');

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * How long the brokers keep each topic. The event store in PostgreSQL is the record, so the care
 * topics only need to outlast an outage of their consumers (a long weekend, with margin); dead
 * letters wait for someone to look at them and replay after a fix, but they hold patient data, so
 * not forever. A topic added to the contract without a decision here fails the manifest check.
 */
export const topicRetention: Record<string, { days: number; why: string }> = {
  [topics.careEvents]: {
    days: 14,
    why: 'consumers resume from their offsets after an outage of up to two weeks',
  },
  [topics.careEventCommands]: {
    days: 7,
    why: 'integrators resend from their own systems; a week covers an intake outage',
  },
  [topics.careEventsDeadLetter]: {
    days: 30,
    why: 'kept for inspection and replay after a fix (npm run ops -- dlq)',
  },
  [topics.careEventCommandsDeadLetter]: {
    days: 30,
    why: 'kept for inspection and replay after a fix (npm run ops -- dlq)',
  },
};

export const replicationFactor = 3;
export const minInsyncReplicas = 2;

const resourceName = (topic: string) => topic.replace(/[^a-z0-9]+/g, '-');

function kafkaTopic(definition: TopicDefinition): string {
  const retention = topicRetention[definition.name];
  if (!retention)
    throw new Error(
      `no retention decided for ${definition.name}: add it to topicRetention in tools/platform/kafka-topic-manifests.ts`,
    );
  return [
    `# ${definition.description}`,
    `# Retention ${retention.days} days: ${retention.why}.`,
    'apiVersion: kafka.strimzi.io/v1',
    'kind: KafkaTopic',
    'metadata:',
    `  name: ${resourceName(definition.name)}`,
    '  labels:',
    '    strimzi.io/cluster: carechain',
    'spec:',
    `  topicName: ${definition.name}`,
    `  partitions: ${definition.partitions}`,
    `  replicas: ${replicationFactor}`,
    '  config:',
    `    min.insync.replicas: ${minInsyncReplicas}`,
    '    cleanup.policy: delete',
    `    retention.ms: ${retention.days * DAY_MS}`,
    '',
  ].join('\n');
}

/** The Strimzi KafkaTopic resources of every topic in the contract, as committed in infra/. */
export function renderKafkaTopicManifests(definitions: TopicDefinition[] = topicDefinitions): string {
  const header = [
    '# Generated from libs/contracts/src/topics/topics.ts by',
    '#   npx tsx tools/platform/generate-kafka-topics.ts',
    '# Do not edit by hand: tools/platform/kafka-topics-follow-the-contract.spec.ts fails when this file',
    '# and the contract disagree. Every topic is keyed by patient id. Replication 3 with',
    '# min.insync.replicas 2: with acks=all a write survives the loss of one broker. Partition counts',
    '# can only grow, and growing them moves patients to other partitions: plan it like a migration',
    '# (infra/CAPACITY.md).',
    '',
    '',
  ].join('\n');
  return header + definitions.map(kafkaTopic).join('---\n');
}
