import { capaianIki, averageCapaian } from '../../../shared/domain/capaian';
import { formatDateRangeId, rangesOverlap } from '../../../shared/domain/periods';
import { formatTarget } from '../../../shared/domain/skp-target';
import type {
  EvidenceDto,
  FeedbackDto,
  PeriodLock,
  RealisasiEntryDto,
  RealisasiIkiRow,
  RealisasiRhkRow,
  RealisasiSheet,
} from '../../../shared/ipc/methods/realisasi';
import type { PeriodDto } from '../../../shared/ipc/methods/years';
import type { RequestContext } from '../context';
import { FINALISED_MESSAGE, periodState } from '../evaluation/lock';
import { AppError, notFound } from '../errors';
import { readEvidenceMaxBytes } from '../settings/store';
import { powersOver, requireSkp } from '../skp/guard';
import {
  findRevision,
  ikiOfRevision,
  rhkOfRevision,
  type IkiRow,
  type RevisionRow,
  type SkpRow,
} from '../skp/queries';
import { toYearRef } from '../years/queries';
import { isStoredIntact } from './files';
import { isPreviewable } from './kinds';
import { evidenceOf, feedbackOf, realisasiOf, type EvidenceRecord, type RealisasiRecord } from './queries';
import { findPeriod, toPeriodDto } from '../evaluation/period';

/** The SKP, the period and the revision in force a sheet (or a write to it) is about. */
export interface SheetTarget {
  skp: SkpRow;
  period: PeriodDto;
  /** The approved revision in force; null while the SKP has never been approved. */
  revision: RevisionRow | null;
  lock: PeriodLock | null;
}

/**
 * Decision: an SKP that was never approved has no sheet to fill (realisasi is measured against an approved
 * plan). It still answers, with no rows and the NO_APPROVED_SKP lock, so lists and the evaluation screen can
 * show why; every write is refused LOCKED.
 */
function lockOf(ctx: RequestContext, skp: SkpRow, period: PeriodDto, approved: boolean): PeriodLock | null {
  if (!approved) {
    return {
      reason: 'NO_APPROVED_SKP',
      message:
        'SKP ini belum disetujui pejabat penilai. Realisasi, bukti dukung, dan umpan balik dapat diisi setelah SKP disetujui.',
    };
  }
  if (skp.yearStatus === 'CLOSED') {
    return {
      reason: 'YEAR_CLOSED',
      message: `Tahun penilaian ${skp.year} sudah ditutup: realisasi, bukti dukung, dan umpan balik tidak dapat diubah.`,
    };
  }
  if (periodState(ctx.sql, period.id) === 'FINAL') return { reason: 'FINALISED', message: FINALISED_MESSAGE };
  if (!rangesOverlap(skp, period)) {
    return {
      reason: 'OUTSIDE_SKP',
      message: `${period.label} (${period.rangeLabel}) berada di luar masa SKP ini (${formatDateRangeId(skp.startDate, skp.endDate)}). Isi realisasi pada SKP yang berlaku untuk periode tersebut.`,
    };
  }
  return null;
}

/** Resolves the SKP and the period (which must be one of the SKP's year) with the revision in force. */
export function resolveSheet(ctx: RequestContext, skpId: number, periodId: number): SheetTarget {
  const skp = requireSkp(ctx, skpId);
  const record = findPeriod(ctx.sql, periodId);
  if (!record) throw notFound('Periode penilaian tidak ditemukan.');
  if (record.yearId !== skp.yearId) {
    throw new AppError(
      'VALIDATION',
      `Periode ini bukan bagian dari tahun penilaian ${skp.year}, tahun SKP ini. Pilih periode tahun ${skp.year}.`,
      { periodId: 'Periode tidak sesuai dengan tahun SKP' },
    );
  }
  const period = toPeriodDto(record);
  const revision =
    skp.approvedRevisionId === null ? null : (findRevision(ctx.sql, skp.approvedRevisionId) ?? null);
  return { skp, period, revision, lock: lockOf(ctx, skp, period, revision !== null) };
}

function toEvidenceDto(dataDir: string, row: EvidenceRecord): EvidenceDto {
  const isFile = row.kind === 'FILE';
  return {
    id: row.id,
    ikiLineageId: row.ikiLineageId,
    kind: row.kind,
    title: row.title || row.fileName || row.url || '',
    url: row.url,
    fileName: row.fileName,
    mimeType: row.mimeType,
    size: row.size,
    sha256: row.sha256,
    previewable: isFile && isPreviewable(row.mimeType),
    intact: !isFile || (row.sha256 !== null && isStoredIntact(dataDir, row.sha256, row.size)),
    addedBy: row.addedBy,
    addedAt: row.addedAt,
  };
}

function toEntryDto(row: RealisasiRecord): RealisasiEntryDto {
  return {
    ikiLineageId: row.ikiLineageId,
    value: row.value,
    note: row.note,
    enteredBy: row.enteredBy,
    enteredAs: row.enteredAs,
    enteredAt: row.enteredAt,
    version: row.version,
  };
}

function ikiRow(iki: IkiRow, entry: RealisasiRecord | undefined, evidence: EvidenceDto[]): RealisasiIkiRow {
  const target =
    iki.targetLow === null || iki.targetHigh === null ? null : { low: iki.targetLow, high: iki.targetHigh };
  const value = entry?.value ?? null;
  return {
    ikiLineageId: iki.lineageId,
    order: iki.order,
    aspect: iki.aspect,
    indicator: iki.indicator,
    target,
    targetText: target ? formatTarget(target) : '',
    unitOfMeasure: iki.unitOfMeasure,
    direction: iki.direction,
    entry: entry ? toEntryDto(entry) : null,
    capaian: target ? capaianIki({ ...target, direction: iki.direction }, value) : null,
    evidence,
  };
}

function groupBy<T>(rows: T[], key: (row: T) => number): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

function rhkRows(ctx: RequestContext, target: SheetTarget): RealisasiRhkRow[] {
  if (!target.revision) return [];
  const { skp, period } = target;
  const entries = new Map(realisasiOf(ctx.sql, skp.id, period.id).map((r) => [r.ikiLineageId, r]));
  const evidence = groupBy(
    evidenceOf(ctx.sql, skp.id, period.id).map((row) => toEvidenceDto(ctx.dataDir, row)),
    (e) => e.ikiLineageId,
  );
  const iki = groupBy(ikiOfRevision(ctx.sql, target.revision.id), (i) => i.rhkId);
  return rhkOfRevision(ctx.sql, target.revision.id).map((rhk) => ({
    rhkLineageId: rhk.lineageId,
    group: rhk.group,
    order: rhk.order,
    text: rhk.text,
    parentText: rhk.parentText || rhk.externalParentText,
    iki: (iki.get(rhk.id) ?? []).map((row) =>
      ikiRow(row, entries.get(row.lineageId), evidence.get(row.lineageId) ?? []),
    ),
  }));
}

function feedbackDtos(ctx: RequestContext, target: SheetTarget): FeedbackDto[] {
  return feedbackOf(ctx.sql, target.skp.id, target.period.id);
}

/** Builds the sheet for a target already resolved (writes resolve once and answer with the sheet). */
export function sheetOf(ctx: RequestContext, target: SheetTarget): RealisasiSheet {
  const { skp, period, revision, lock } = target;
  const rhk = rhkRows(ctx, target);
  const iki = rhk.flatMap((r) => r.iki);
  const shownRevision = revision ?? findRevision(ctx.sql, skp.currentRevisionId)!;
  const p = powersOver(ctx, skp.employeeId);
  const writer = lock === null && (p.hr || p.self || p.appraiser);
  return {
    skpId: skp.id,
    skpVersion: skp.version,
    year: toYearRef({ id: skp.yearId, year: skp.year, periodType: skp.periodType, status: skp.yearStatus }),
    period,
    revisionNumber: revision?.number ?? 0,
    employee: shownRevision.employeeSnapshot,
    appraiser: shownRevision.appraiserSnapshot,
    rhk,
    feedback: feedbackDtos(ctx, target),
    averageCapaian: averageCapaian(iki.map((i) => i.capaian)),
    filledCount: iki.filter((i) => i.entry?.value !== null && i.entry?.value !== undefined).length,
    ikiCount: iki.length,
    lock,
    can: {
      enterRealisasi: writer,
      addEvidence: writer,
      giveFeedback: lock === null && p.appraiser && !p.self,
    },
    evidenceMaxBytes: readEvidenceMaxBytes(ctx.sql),
  };
}

/**
 * One SKP's realisasi, bukti dukung and umpan balik for one period, as `realisasi.sheet` answers it. Shared with
 * the evaluation screen and the documents. The rows are those of the revision in force; `revisionNumber` is 0
 * (and `rhk` empty) while the SKP has no approved revision. The umpan balik is oldest first.
 */
export function loadRealisasiSheet(ctx: RequestContext, skpId: number, periodId: number): RealisasiSheet {
  return sheetOf(ctx, resolveSheet(ctx, skpId, periodId));
}
