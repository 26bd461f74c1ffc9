import { sql } from 'drizzle-orm';
import type { CoreValueCode } from '../../../shared/domain/behaviour';
import type { EnteredAs, EvidenceKind } from '../../../shared/ipc/methods/realisasi';
import type { SqlRunner } from '../db/sql-runner';

export interface RealisasiRecord {
  id: number;
  skpId: number;
  periodId: number;
  ikiLineageId: number;
  value: number | null;
  note: string;
  enteredByUserId: number | null;
  enteredBy: string;
  enteredAs: EnteredAs;
  enteredAt: string;
  version: number;
}

const realisasiColumns = sql`id, skp_id AS skpId, period_id AS periodId, iki_lineage_id AS ikiLineageId, value,
  note, entered_by_user_id AS enteredByUserId, entered_by AS enteredBy, entered_as AS enteredAs,
  entered_at AS enteredAt, version`;

export function realisasiOf(q: SqlRunner, skpId: number, periodId: number): RealisasiRecord[] {
  return q.all<RealisasiRecord>(
    sql`SELECT ${realisasiColumns} FROM realisasi WHERE skp_id = ${skpId} AND period_id = ${periodId}`,
  );
}

export interface EvidenceRecord {
  id: number;
  skpId: number;
  periodId: number;
  ikiLineageId: number;
  kind: EvidenceKind;
  title: string;
  url: string | null;
  sha256: string | null;
  fileName: string | null;
  mimeType: string | null;
  size: number | null;
  addedByUserId: number | null;
  addedBy: string;
  addedAt: string;
}

const evidenceColumns = sql`id, skp_id AS skpId, period_id AS periodId, iki_lineage_id AS ikiLineageId, kind,
  title, url, sha256, file_name AS fileName, mime_type AS mimeType, size, added_by_user_id AS addedByUserId,
  added_by AS addedBy, added_at AS addedAt`;

/** Oldest first, as they were added. */
export function evidenceOf(q: SqlRunner, skpId: number, periodId: number): EvidenceRecord[] {
  return q.all<EvidenceRecord>(
    sql`SELECT ${evidenceColumns} FROM evidence WHERE skp_id = ${skpId} AND period_id = ${periodId}
        ORDER BY iki_lineage_id, id`,
  );
}

export function findEvidence(q: SqlRunner, id: number): EvidenceRecord | undefined {
  return q.get<EvidenceRecord>(sql`SELECT ${evidenceColumns} FROM evidence WHERE id = ${id}`);
}

/** Whether any evidence row or any printed document's signed scan still names this stored file. */
export function storedFileReferenced(q: SqlRunner, sha256: string): boolean {
  return (
    q.get<{ one: number }>(
      sql`SELECT 1 AS one FROM evidence WHERE sha256 = ${sha256}
          UNION ALL SELECT 1 FROM printed_documents WHERE signed_scan_sha256 = ${sha256} LIMIT 1`,
    ) !== undefined
  );
}

export interface FeedbackRecord {
  id: number;
  rhkLineageId: number | null;
  coreValue: CoreValueCode | null;
  text: string;
  authorName: string;
  at: string;
}

/** The feed in the order it was written (oldest first), like the minutes of a conversation. */
export function feedbackOf(q: SqlRunner, skpId: number, periodId: number): FeedbackRecord[] {
  return q.all<FeedbackRecord>(
    sql`SELECT id, rhk_lineage_id AS rhkLineageId, core_value AS coreValue, text, author_name AS authorName, at
        FROM feedback WHERE skp_id = ${skpId} AND period_id = ${periodId} ORDER BY id`,
  );
}
