import { join } from 'node:path';

export const workspaceRoot = join(__dirname, '..', '..');
export const dataDir = join(workspaceRoot, '.data');
