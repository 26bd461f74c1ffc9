import type Database from 'better-sqlite3';
import type { AuditVerdict } from '../../../shared/ipc/methods/audit';
import { entryHash, GENESIS_HASH, type HashedFields } from './trail';

interface StoredEntry extends HashedFields {
  prevHash: string;
  hash: string;
}

/**
 * Recomputes the whole chain in id order and names the first entry that does not fit: one whose content no
 * longer matches its hash (edited outside the app), or whose predecessor is missing or was replaced.
 */
export function verifyAuditChain(sqlite: Database.Database): AuditVerdict {
  const rows = sqlite
    .prepare(
      `SELECT id, at, user_id AS userId, username, method, action, entity_type AS entityType, entity_id AS entityId,
         changes, note, prev_hash AS prevHash, hash FROM audit_log ORDER BY id`,
    )
    .iterate() as IterableIterator<StoredEntry>;
  let expectedPrev = GENESIS_HASH;
  let expectedId = 1;
  let count = 0;
  for (const row of rows) {
    const { prevHash, hash, ...fields } = row;
    if (row.id !== expectedId || prevHash !== expectedPrev) {
      const missing =
        row.id > expectedId
          ? ` (entri #${expectedId}${row.id - 1 > expectedId ? `–#${row.id - 1}` : ''} hilang)`
          : '';
      return {
        intact: false,
        count,
        entryId: row.id,
        message: `Rantai terputus sebelum entri #${row.id}${missing}: ada entri yang dihapus atau diganti di luar aplikasi.`,
      };
    }
    if (entryHash(prevHash, fields) !== hash) {
      return {
        intact: false,
        count,
        entryId: row.id,
        message: `Isi entri #${row.id} tidak cocok dengan hash-nya: entri ini diubah di luar aplikasi.`,
      };
    }
    expectedPrev = hash;
    expectedId = row.id + 1;
    count += 1;
  }
  return { intact: true, count, lastHash: count > 0 ? expectedPrev : null };
}
