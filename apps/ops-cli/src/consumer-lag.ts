import { lagOf } from '@carechain/service-runtime';
import type { Broker } from './kafka-connection';

export interface PartitionLag {
  group: string;
  topic: string;
  partition: number;
  /** Null when the group has committed nothing on this partition. */
  committed: number | null;
  end: number;
  lag: number;
}

/** Committed offset against the partition's end (high watermark) for each group and partition. */
export async function consumerLag(
  { kafka }: Broker,
  groups: { group: string; topic: string }[],
): Promise<PartitionLag[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const rows: PartitionLag[] = [];
    for (const { group, topic } of groups) {
      const ends = await admin.fetchTopicOffsets(topic);
      const [committed] = await admin.fetchOffsets({ groupId: group, topics: [topic] });
      const partitions = committed?.partitions ?? [];
      for (const { partition, lag } of lagOf(topic, partitions, ends)) {
        const offset = Number(partitions.find((p) => p.partition === partition)?.offset ?? -1);
        const end = Number(ends.find((e) => e.partition === partition)?.high);
        rows.push({ group, topic, partition, committed: offset >= 0 ? offset : null, end, lag });
      }
    }
    return rows;
  } finally {
    await admin.disconnect();
  }
}
