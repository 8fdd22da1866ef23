import { topicDefinitions } from '@carechain/contracts';
import type { TopicSpec } from './kafka-broker';

/** The embedded broker is started with exactly the contract's topics. */
export const contractTopics: TopicSpec[] = topicDefinitions.map(({ name, partitions }) => ({
  name,
  partitions,
}));
