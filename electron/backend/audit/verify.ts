import type Database from 'better-sqlite3';
import type { AuditVerdict } from '../../../shared/ipc/methods/audit';
import { entryHash, GENESIS_HASH } from './trail';

type StoredRow = [
  id: number,
  at: string,
  userId: number | null,
  username: string,
  method: string,
  action: string,
  entityType: string,
  entityId: string | null,
  changes: string,
  note: string,
  prevHash: string,
  hash: string,
];

/**
 * Recomputes the whole chain in id order and names the first entry that does not fit: one whose content no
 * longer matches its hash (edited outside the app), or whose predecessor is missing or was replaced.
 * Rows are read as arrays: over a million entries, building an object per row costs more than hashing it.
 */
export function verifyAuditChain(sqlite: Database.Database): AuditVerdict {
  const rows = sqlite
    .prepare(
      `SELECT id, at, user_id, username, method, action, entity_type, entity_id, changes, note, prev_hash, hash
       FROM audit_log ORDER BY id`,
    )
    .raw()
    .iterate() as IterableIterator<StoredRow>;
  let expectedPrev = GENESIS_HASH;
  let expectedId = 1;
  let count = 0;
  for (const [
    id,
    at,
    userId,
    username,
    method,
    action,
    entityType,
    entityId,
    changes,
    note,
    prevHash,
    hash,
  ] of rows) {
    if (id !== expectedId || prevHash !== expectedPrev) {
      const missing =
        id > expectedId ? ` (entri #${expectedId}${id - 1 > expectedId ? `–#${id - 1}` : ''} hilang)` : '';
      return {
        intact: false,
        count,
        entryId: id,
        message: `Rantai terputus sebelum entri #${id}${missing}: ada entri yang dihapus atau diganti di luar aplikasi.`,
      };
    }
    const fields = { id, at, userId, username, method, action, entityType, entityId, changes, note };
    if (entryHash(prevHash, fields) !== hash) {
      return {
        intact: false,
        count,
        entryId: id,
        message: `Isi entri #${id} tidak cocok dengan hash-nya: entri ini diubah di luar aplikasi.`,
      };
    }
    expectedPrev = hash;
    expectedId = id + 1;
    count += 1;
  }
  return { intact: true, count, lastHash: count > 0 ? expectedPrev : null };
}
