import initial from './0001_initial';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** In order; each version is one more than the one before. */
export const migrations: readonly Migration[] = [initial];
