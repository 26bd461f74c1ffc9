import fs from 'node:fs';
import path from 'node:path';

interface JournalEntry {
  tag: string;
  when: number;
}

/** This app's migrations, oldest first, from drizzle-kit's journal. */
export function knownMigrations(migrationsDir: string): JournalEntry[] {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsDir, 'meta', '_journal.json'), 'utf8')) as {
    entries: JournalEntry[];
  };
  return journal.entries.map(({ tag, when }) => ({ tag, when }));
}

/**
 * The schema version a backup records: the tag of the last migration applied to its database (drizzle keeps
 * the migration's timestamp in `__drizzle_migrations.created_at`). "kosong" for a database with none.
 */
export function schemaTagOf(lastAppliedMillis: number | null, migrationsDir: string): string {
  if (lastAppliedMillis === null) return 'kosong';
  const known = knownMigrations(migrationsDir).find((m) => m.when === lastAppliedMillis);
  return known?.tag ?? `tidak-dikenal-${lastAppliedMillis}`;
}

export type SchemaStatus = 'same' | 'older' | 'newer';

/** A tag this app does not know can only come from a newer SIPKA. */
export function schemaStatus(tag: string, migrationsDir: string): SchemaStatus {
  const known = knownMigrations(migrationsDir);
  if (tag === 'kosong') return known.length === 0 ? 'same' : 'older';
  const index = known.findIndex((m) => m.tag === tag);
  if (index === -1) return 'newer';
  return index === known.length - 1 ? 'same' : 'older';
}
