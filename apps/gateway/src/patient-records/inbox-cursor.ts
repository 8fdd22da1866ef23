/** Where a page of the inbox ended: the last package's place in the inbox order. */
export interface InboxPosition {
  acknowledged: boolean;
  dueAt: Date;
  packageId: string;
}

export function inboxCursor(position: InboxPosition): string {
  return Buffer.from(
    JSON.stringify([position.acknowledged, position.dueAt.toISOString(), position.packageId]),
  ).toString('base64url');
}

/** The position a cursor names, or undefined when it is not one this inbox gave out. */
export function inboxPosition(cursor: string): InboxPosition | undefined {
  try {
    const [acknowledged, due, packageId] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const dueAt = new Date(due);
    if (typeof acknowledged !== 'boolean' || typeof packageId !== 'string' || Number.isNaN(dueAt.getTime()))
      return undefined;
    return { acknowledged, dueAt, packageId };
  } catch {
    return undefined;
  }
}
