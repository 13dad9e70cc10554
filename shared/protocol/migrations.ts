import { participationToEvents } from './migrations/participationToEvents';

/** A step that turns a document of version N into version N + 1. */
export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

/** MIGRATIONS[n] upgrades version n to n + 1. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  1: participationToEvents,
};

/** Applies the chain from `from` up to `to`; throws when a step is missing. */
export function migrate(
  doc: Record<string, unknown>,
  from: number,
  to: number,
  chain: Readonly<Record<number, Migration>> = MIGRATIONS,
): Record<string, unknown> {
  let current = doc;
  for (let v = from; v < to; v++) {
    const step = chain[v];
    if (!step) throw new Error(`no migration from schema version ${v}`);
    current = { ...step(current), schemaVersion: v + 1 };
  }
  return current;
}
