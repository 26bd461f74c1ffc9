import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { AuditAction, AuditChanges } from '../../../shared/ipc/methods/audit';
import type { RequestContext } from '../context';
import { canonicalJson } from './canonical';
import { diffRecords } from './diff';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditRecord {
  action: AuditAction;
  entityType: string;
  entityId: string | number | null;
  changes: AuditChanges;
  note?: string;
}

/** The fields an entry's hash covers, in the order they are stored. */
export interface HashedFields {
  id: number;
  at: string;
  userId: number | null;
  username: string;
  method: string;
  action: string;
  entityType: string;
  entityId: string | null;
  changes: string;
  note: string;
}

/** SHA-256 over the previous entry's hash and this entry's canonical JSON: the entries form a chain. */
export function entryHash(prevHash: string, fields: HashedFields): string {
  return createHash('sha256')
    .update(`${prevHash}\n${hashedFieldsJson(fields)}`)
    .digest('hex');
}

/**
 * canonicalJson of the fields, built with the keys already in sorted order: the same bytes without sorting
 * a copy of every entry, which is most of the time audit.verify spends over a million entries.
 */
export function hashedFieldsJson(f: HashedFields): string {
  return JSON.stringify({
    action: f.action,
    at: f.at,
    changes: f.changes,
    entityId: f.entityId,
    entityType: f.entityType,
    id: f.id,
    method: f.method,
    note: f.note,
    userId: f.userId,
    username: f.username,
  });
}

export interface AuditTrail {
  /** Appends inside the caller's transaction; the entry commits or rolls back with the write it describes. */
  append(ctx: RequestContext, record: AuditRecord): void;
  /** How many entries this trail has appended since the app started (dispatch checks writes against it). */
  readonly appended: number;
}

export const SYSTEM_USERNAME = 'sistem';

export class HashChainAuditTrail implements AuditTrail {
  appended = 0;
  private readonly last: Database.Statement<[], { id: number; hash: string }>;
  private readonly insert: Database.Statement;

  constructor(sqlite: Database.Database) {
    this.last = sqlite.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1');
    this.insert = sqlite.prepare(
      `INSERT INTO audit_log (id, at, user_id, username, method, action, entity_type, entity_id, changes, note, prev_hash, hash)
       VALUES (@id, @at, @userId, @username, @method, @action, @entityType, @entityId, @changes, @note, @prevHash, @hash)`,
    );
  }

  append(ctx: RequestContext, record: AuditRecord): void {
    const previous = this.last.get();
    const prevHash = previous?.hash ?? GENESIS_HASH;
    const fields: HashedFields = {
      id: (previous?.id ?? 0) + 1,
      at: ctx.now().toISOString(),
      userId: ctx.caller?.userId ?? null,
      username: ctx.caller?.username ?? SYSTEM_USERNAME,
      method: ctx.method,
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId === null ? null : String(record.entityId),
      changes: canonicalJson(record.changes),
      note: record.note ?? '',
    };
    this.insert.run({ ...fields, prevHash, hash: entryHash(prevHash, fields) });
    this.appended += 1;
  }
}

type Fields = Record<string, unknown>;

/** Records a create (before null), an update, or a delete (after null) with the fields that changed. */
export function recordChange(
  ctx: RequestContext,
  entityType: string,
  entityId: number | string,
  before: object | null,
  after: object | null,
  note?: string,
): void {
  const action: AuditAction = before === null ? 'CREATE' : after === null ? 'DELETE' : 'UPDATE';
  ctx.audit.append(ctx, {
    action,
    entityType,
    entityId,
    changes: diffRecords(before as Fields | null, after as Fields | null),
    ...(note ? { note } : {}),
  });
}

/** Records something that happened rather than a record that changed: a sign-in, a backup, a lockout. */
export function recordEvent(
  ctx: RequestContext,
  entityType: string,
  entityId: number | string | null,
  note: string,
  changes: AuditChanges = {},
): void {
  ctx.audit.append(ctx, { action: 'EVENT', entityType, entityId, changes, note });
}
