import { randomUUID } from 'node:crypto';

export const newUid = (): string => randomUUID();
