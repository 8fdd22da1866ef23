import { readFileSync } from 'node:fs';
import { topicDefinitions } from '@carechain/contracts';
import { kafkaTopicManifestsPath, renderKafkaTopicManifests } from './kafka-topic-manifests';

const committed = () => readFileSync(kafkaTopicManifestsPath, 'utf8');

describe('the KafkaTopic resources in infra/ declare the topics of the contract', () => {
  it('hold every contract topic with its partitions, as generated (else: npx tsx tools/platform/generate-kafka-topics.ts)', () => {
    expect(committed()).toBe(renderKafkaTopicManifests());
    for (const { name, partitions } of topicDefinitions) {
      expect(committed()).toContain(`  topicName: ${name}\n  partitions: ${partitions}\n  replicas: 3\n`);
    }
  });

  it('no longer match once the contract gives a topic more partitions', () => {
    const grown = topicDefinitions.map((t, i) => (i === 0 ? { ...t, partitions: t.partitions * 2 } : t));
    expect(renderKafkaTopicManifests(grown)).not.toBe(committed());
  });

  it('refuse a contract topic whose retention nobody has decided', () => {
    const added = [
      ...topicDefinitions,
      { name: 'care.referrals.v1', partitions: 12, description: 'Referrals. Key: patientId.' },
    ];
    expect(() => renderKafkaTopicManifests(added)).toThrow('no retention decided for care.referrals.v1');
  });
});
