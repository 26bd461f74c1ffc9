import type Database from 'better-sqlite3';
import type { SQL } from 'drizzle-orm';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';

/**
 * Runs drizzle `sql` templates through prepared statements kept by their text. drizzle prepares a statement on
 * every call; for the small queries behind a page that preparation is most of the cost.
 */
export class SqlRunner {
  private readonly dialect = new SQLiteSyncDialect();
  private readonly statements = new Map<string, Database.Statement>();

  constructor(
    private readonly sqlite: Database.Database,
    private readonly maxStatements = 500,
  ) {}

  all<T>(query: SQL): T[] {
    const { statement, params } = this.prepare(query);
    return statement.all(...params) as T[];
  }

  get<T>(query: SQL): T | undefined {
    const { statement, params } = this.prepare(query);
    return statement.get(...params) as T | undefined;
  }

  /** For queries that always return a row (aggregates). */
  one<T>(query: SQL): T {
    const row = this.get<T>(query);
    if (row === undefined) throw new Error('Kueri agregat tidak mengembalikan baris');
    return row;
  }

  private prepare(query: SQL): { statement: Database.Statement; params: unknown[] } {
    const { sql: text, params } = this.dialect.sqlToQuery(query);
    let statement = this.statements.get(text);
    if (!statement) {
      statement = this.sqlite.prepare(text);
      if (this.statements.size >= this.maxStatements) {
        this.statements.delete(this.statements.keys().next().value!);
      }
      this.statements.set(text, statement);
    }
    return { statement, params };
  }
}
