import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { workspaceRoot } from './paths';
import { kafkaTopicManifestsPath, renderKafkaTopicManifests } from './kafka-topic-manifests';

writeFileSync(kafkaTopicManifestsPath, renderKafkaTopicManifests());
console.log(`wrote ${relative(workspaceRoot, kafkaTopicManifestsPath)}`);
