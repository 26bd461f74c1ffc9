import { sql } from 'drizzle-orm';
import { CORE_VALUES, type CoreValueCode } from '../../../../shared/domain/behaviour';
import {
  approachLine,
  documentFileName,
  formAudienceLine,
  periodFileCode,
  periodMarks,
} from '../../../../shared/domain/documents';
import { periodLabel } from '../../../../shared/domain/periods';
import {
  PREDIKAT_FORM_LABELS,
  RATING_FORM_LABELS,
  type Predikat,
  type Rating,
} from '../../../../shared/domain/predikat';
import { formatIdNumber } from '../../../../shared/domain/skp-target';
import { EXCLUSION_REASON_LABELS, type ExclusionReason } from '../../../../shared/ipc/methods/evaluation';
import type { RequestContext } from '../../context';
import { conflict, notFound } from '../../errors';
import { findRevision, type RevisionRow, type SkpRow } from '../../skp/queries';
import { periodRangeUpper, positionTypeOf, printedBehaviour, printedRhk, signatureDate } from './common';
import { curveForEmployeeUnit, orgRatingText } from './curve';
import { effectiveOrgRating } from '../../evaluation/org-rating';
import { requirePeriod, type PeriodRow } from '../../evaluation/period';
import { partiesOf, requireSkp, type Parties } from './skp';
import type { DocumentContent, DokumenEvaluasiBody, EvaluasiBody, FormHeader } from './types';

interface EvaluationRecord {
  skpRevisionId: number | null;
  ratingHasil: Rating | null;
  ratingPerilaku: Rating | null;
  predikat: Predikat | null;
  note: string;
  excludedReason: ExclusionReason | null;
  unitId: number | null;
  ratedAt: string;
}

interface EvaluationBase {
  skp: SkpRow;
  period: PeriodRow;
  revision: RevisionRow;
  evaluation: EvaluationRecord | null;
  parties: Parties;
  isDraft: boolean;
}

export const UNRATED_QUESTION = 'Pegawai ini belum dinilai pada periode ini; cetak sebagai draf?';

/**
 * The evaluation of an SKP in a period with the SKP revision it rated (`evaluations.skp_revision_id`; before a
 * rating, the revision in force) and that revision's snapshots. Not rated yet: a draft, only when allowed.
 */
function loadBase(ctx: RequestContext, skpId: number, periodId: number, allowDraft: boolean): EvaluationBase {
  const skp = requireSkp(ctx, skpId);
  const period = requirePeriod(ctx.sql, periodId);
  if (period.yearId !== skp.yearId) throw notFound('Periode ini bukan bagian dari tahun SKP tersebut.');
  const evaluation =
    ctx.sql.get<EvaluationRecord>(
      sql`SELECT skp_revision_id AS skpRevisionId, rating_hasil AS ratingHasil, rating_perilaku AS ratingPerilaku,
            predikat, note, excluded_reason AS excludedReason, unit_id AS unitId, rated_at AS ratedAt
          FROM evaluations WHERE skp_id = ${skpId} AND period_id = ${periodId}`,
    ) ?? null;
  if (evaluation?.excludedReason) {
    throw conflict(
      `Pegawai ini dikecualikan dari penilaian periode ini (${EXCLUSION_REASON_LABELS[evaluation.excludedReason]}): tidak ada dokumen evaluasi.`,
    );
  }
  const revisionId = evaluation?.skpRevisionId ?? skp.approvedRevisionId;
  if (revisionId === null) {
    throw conflict('SKP ini belum disetujui: dokumen evaluasi dibuat dari SKP yang sudah disetujui.');
  }
  const revision = findRevision(ctx.sql, revisionId);
  if (!revision) throw notFound('SKP tidak ditemukan.');
  const isDraft = evaluation?.predikat == null;
  if (isDraft && !allowDraft) throw conflict(UNRATED_QUESTION);
  return { skp, period, revision, evaluation, parties: partiesOf(ctx, skp, revision), isDraft };
}

function header(ctx: RequestContext, base: EvaluationBase, first: string): FormHeader {
  return {
    titleLines: [
      first,
      approachLine(base.revision.approach),
      formAudienceLine(positionTypeOf(ctx.sql, base.revision.employeeSnapshot)),
    ],
    instansiName: base.parties.instansiName,
    periodLine: `PERIODE PENILAIAN: ${periodRangeUpper(base.period.startDate, base.period.endDate)}`,
  };
}

function envelope(
  base: EvaluationBase,
  kind: 'EVALUASI' | 'DOKUMEN_EVALUASI',
  titlePrefix: string,
): Omit<DocumentContent, 'body'> {
  const { skp, period, revision, parties } = base;
  return {
    kind,
    title: `${titlePrefix} ${periodLabel(period.kind, period.number, period.year)} ${parties.employee.fullName}`,
    fileName: documentFileName({
      kind,
      year: period.year,
      periodCode: periodFileCode(period.kind, period.number),
      nip: parties.employee.nip,
      name: parties.employee.fullName,
    }),
    recordRevision: revision.number,
    employeeId: skp.employeeId,
    skpId: skp.id,
    skpRevisionId: revision.id,
    periodId: period.id,
    unitId: base.evaluation?.unitId ?? revision.employeeUnitId,
    isDraft: base.isDraft,
  };
}

function ratingText(rating: Rating | null): string {
  return rating ? RATING_FORM_LABELS[rating] : '-';
}

function predikatText(predikat: Predikat | null): string {
  return predikat ? PREDIKAT_FORM_LABELS[predikat] : '-';
}

/** The date the evaluation is signed: when it was rated; before that, the period's last day. */
function signedOn(base: EvaluationBase) {
  return signatureDate(base.evaluation?.predikat ? base.evaluation.ratedAt : base.period.endDate);
}

/** Evaluasi Kinerja Pegawai of one SKP for one period (or the year). */
export function loadEvaluasiContent(
  ctx: RequestContext,
  request: { skpId: number; periodId: number },
  options: { allowDraft: boolean },
): DocumentContent {
  const base = loadBase(ctx, request.skpId, request.periodId, options.allowDraft);
  const q = ctx.sql;
  const realisasi = new Map(
    q
      .all<{ lineage: number; value: number | null }>(
        sql`SELECT iki_lineage_id AS lineage, value FROM realisasi WHERE skp_id = ${base.skp.id} AND period_id = ${base.period.id}`,
      )
      .map((r) => [r.lineage, r.value]),
  );
  const evidence = new Map(
    q
      .all<{ lineage: number; n: number }>(
        sql`SELECT iki_lineage_id AS lineage, count(*) AS n FROM evidence
            WHERE skp_id = ${base.skp.id} AND period_id = ${base.period.id} GROUP BY iki_lineage_id`,
      )
      .map((r) => [r.lineage, r.n]),
  );
  const feedback = q.all<{ rhk: number | null; value: CoreValueCode | null; text: string }>(
    sql`SELECT rhk_lineage_id AS rhk, core_value AS value, text FROM feedback
        WHERE skp_id = ${base.skp.id} AND period_id = ${base.period.id} ORDER BY at, id`,
  );
  const ikiUnits = new Map(
    q
      .all<{ lineage: number; unit: string }>(
        sql`SELECT lineage_id AS lineage, unit_of_measure AS unit FROM skp_iki WHERE revision_id = ${base.revision.id}`,
      )
      .map((r) => [r.lineage, r.unit]),
  );
  const realisasiText = (lineage: number): string => {
    const value = realisasi.get(lineage);
    const count = evidence.get(lineage) ?? 0;
    const amount = value == null ? '-' : `${formatIdNumber(value)} ${ikiUnits.get(lineage) ?? ''}`.trim();
    return count > 0 ? `${amount}\n(${count} bukti dukung)` : amount;
  };
  const rhk = printedRhk(q, base.revision).map(({ lineageId, ikiLineages, ...r }) => ({
    ...r,
    iki: r.iki.map((iki, i) => ({ ...iki, realisasi: realisasiText(ikiLineages[i]!) })),
    feedback: feedback.filter((f) => f.rhk === lineageId).map((f) => f.text),
  }));
  const behaviour = printedBehaviour(base.revision).map((b, i) => ({
    ...b,
    feedback: feedback.filter((f) => f.value === CORE_VALUES[i]!.code).map((f) => f.text),
  }));
  const e = base.evaluation;
  const body: EvaluasiBody = {
    kind: 'EVALUASI',
    header: header(ctx, base, 'EVALUASI KINERJA PEGAWAI'),
    periodMarks: periodMarks(base.period.kind, base.period.number),
    approach: base.revision.approach,
    employee: base.parties.employee,
    appraiser: base.parties.appraiser,
    curve: curveForEmployeeUnit(q, base.period.id, e?.unitId ?? base.revision.employeeUnitId),
    rhk,
    ratingHasil: ratingText(e?.ratingHasil ?? null),
    behaviour,
    ratingPerilaku: ratingText(e?.ratingPerilaku ?? null),
    predikat: predikatText(e?.predikat ?? null),
    predikatCode: e?.predikat ?? null,
    signature: signedOn(base),
  };
  return { ...envelope(base, 'EVALUASI', 'Evaluasi Kinerja Pegawai'), body };
}

/** Dokumen Evaluasi Kinerja Pegawai (the cover) of one SKP for one period (or the year). */
export function loadDokumenEvaluasiContent(
  ctx: RequestContext,
  request: { skpId: number; periodId: number },
  options: { allowDraft: boolean },
): DocumentContent {
  const base = loadBase(ctx, request.skpId, request.periodId, options.allowDraft);
  const e = base.evaluation;
  const unitId = e?.unitId ?? base.revision.employeeUnitId;
  const org = unitId === null ? null : effectiveOrgRating(ctx.sql, base.period.id, unitId);
  const body: DokumenEvaluasiBody = {
    kind: 'DOKUMEN_EVALUASI',
    titleLines: ['DOKUMEN EVALUASI KINERJA PEGAWAI'],
    periodMarks: periodMarks(base.period.kind, base.period.number),
    instansiName: base.parties.instansiName,
    periodLine: `PERIODE PENILAIAN: ${periodRangeUpper(base.period.startDate, base.period.endDate)}`,
    employee: base.parties.employee,
    appraiser: base.parties.appraiser,
    appraiserSupervisor: base.parties.appraiserSupervisor,
    orgRatingText: orgRatingText(org?.rating ?? null),
    predikat: predikatText(e?.predikat ?? null),
    note: (e?.note ?? '').trim(),
    signature: signedOn(base),
  };
  return { ...envelope(base, 'DOKUMEN_EVALUASI', 'Dokumen Evaluasi Kinerja Pegawai'), body };
}
