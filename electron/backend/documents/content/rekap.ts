import { sql } from 'drizzle-orm';
import { formatDateId } from '../../../../shared/domain/dates';
import { documentFileName, formatNipForPrint, periodFileCode } from '../../../../shared/domain/documents';
import { checkKurvaDistribusi, type PredikatCounts } from '../../../../shared/domain/kurva';
import { formatFullName, searchKey } from '../../../../shared/domain/names';
import { formatDateRangeId, periodLabel } from '../../../../shared/domain/periods';
import {
  emptyPredikatCounts,
  PREDIKAT_FORM_LABELS,
  RATING_FORM_LABELS,
  type OrgRating,
  type Predikat,
  type Rating,
} from '../../../../shared/domain/predikat';
import type { FinalisationRecap } from '../../../../shared/ipc/methods/evaluation';
import type { PersonSnapshot } from '../../../../shared/ipc/methods/skp';
import type { RequestContext } from '../../context';
import { conflict, notFound } from '../../errors';
import { effectiveOrgRating } from '../../evaluation/org-rating';
import { officeNames } from '../../skp/snapshot';
import { subtreeIds } from '../../units/queries';
import { signatureDate } from './common';
import { curveData, liveCounts } from './curve';
import { requirePeriod } from '../../evaluation/period';
import type { DocumentContent, PrintedPerson, RekapBody, RekapRow } from './types';

export const NOT_FINAL_QUESTION = 'Predikat periode ini belum final; cetak rekap sebagai draf?';

interface FinalisationRecord {
  revision: number;
  finalisedAt: string;
  finalisedBy: string;
  deviationReason: string;
  reopenedAt: string | null;
  recap: string;
}

interface LiveRow {
  skpId: number;
  snapshot: string;
  ratingHasil: Rating | null;
  ratingPerilaku: Rating | null;
  predikat: Predikat | null;
}

function ratingText(r: Rating | null): string {
  return r ? RATING_FORM_LABELS[r] : '-';
}

function predikatText(p: Predikat | null): string {
  return p ? PREDIKAT_FORM_LABELS[p] : '-';
}

/** The head of a unit, who signs its recap: an active pegawai of the unit whose atasan is outside it (or none). */
function headOf(ctx: RequestContext, unitId: number): PrintedPerson | null {
  const head = ctx.sql.get<{ id: number }>(
    sql`SELECT e.id FROM employees e LEFT JOIN employees s ON s.id = e.supervisor_id
        WHERE e.unit_id = ${unitId} AND e.activity = 'AKTIF' AND (s.id IS NULL OR s.unit_id <> e.unit_id)
        ORDER BY e.id LIMIT 1`,
  );
  if (!head) return null;
  const p = ctx.sql.get<{
    name: string;
    frontTitle: string;
    backTitle: string;
    nip: string;
    positionName: string;
    unitName: string;
  }>(
    sql`SELECT e.name, e.front_title AS frontTitle, e.back_title AS backTitle, e.nip, e.position_name AS positionName,
          u.name AS unitName FROM employees e JOIN units u ON u.id = e.unit_id WHERE e.id = ${head.id}`,
  );
  if (!p) return null;
  return {
    fullName: formatFullName(p),
    nip: formatNipForPrint(p.nip),
    pangkatGolongan: '',
    positionName: p.positionName,
    unitName: p.unitName,
  };
}

/**
 * Rekap Predikat of a unit and its subunits for a period. A finalised period prints its stored recap (the latest
 * finalisation, not reopened), so the paper matches what was finalised; otherwise the live ratings as a draft.
 * Names come from the snapshot of the SKP revision each evaluation rated.
 */
export function loadRekapContent(
  ctx: RequestContext,
  request: { unitId: number; periodId: number },
  options: { allowDraft: boolean },
): DocumentContent {
  const q = ctx.sql;
  const unit = q.get<{ id: number; name: string }>(
    sql`SELECT id, name FROM units WHERE id = ${request.unitId}`,
  );
  if (!unit) throw notFound('Unit kerja tidak ditemukan.');
  const period = requirePeriod(ctx.sql, request.periodId);
  const top = q.get<{ id: number }>(sql`SELECT id FROM units WHERE parent_id IS NULL ORDER BY id LIMIT 1`)!;
  const latest = q.get<FinalisationRecord>(
    sql`SELECT revision, finalised_at AS finalisedAt, finalised_by AS finalisedBy, deviation_reason AS deviationReason,
          reopened_at AS reopenedAt, recap
        FROM finalisations WHERE period_id = ${period.id} AND unit_id = ${top.id} ORDER BY revision DESC LIMIT 1`,
  );
  const final = latest && latest.reopenedAt === null ? latest : null;
  if (!final && !options.allowDraft) throw conflict(NOT_FINAL_QUESTION);

  const units = subtreeIds(q, unit.id);
  const live = q.all<LiveRow & { unitId: number | null }>(
    sql`SELECT v.skp_id AS skpId, r.employee_snapshot AS snapshot, v.rating_hasil AS ratingHasil,
          v.rating_perilaku AS ratingPerilaku, v.predikat, v.unit_id AS unitId
        FROM evaluations v JOIN skps s ON s.id = v.skp_id
        JOIN skp_revisions r ON r.id = COALESCE(v.skp_revision_id, s.approved_revision_id, s.current_revision_id)
        WHERE v.period_id = ${period.id} AND v.excluded_reason IS NULL
          AND v.unit_id IN (SELECT value FROM json_each(${JSON.stringify(units)}))`,
  );
  let people: {
    fullName: string;
    nip: string;
    positionName: string;
    hasil: Rating | null;
    perilaku: Rating | null;
    predikat: Predikat | null;
  }[];
  let counts: PredikatCounts;
  let orgRating: OrgRating | null;
  let violations: string[];
  if (final) {
    const recap = JSON.parse(final.recap) as FinalisationRecap;
    const inUnit = new Set(live.map((r) => r.skpId));
    const wholeOffice = unit.id === top.id;
    const rows = recap.rows.filter((r) => r.excludedReason === null && (wholeOffice || inUnit.has(r.skpId)));
    people = rows.map((r) => ({
      fullName: r.fullName,
      nip: r.nip,
      positionName: r.positionName,
      hasil: r.ratingHasil,
      perilaku: r.ratingPerilaku,
      predikat: r.predikat,
    }));
    counts = emptyPredikatCounts();
    for (const r of rows) if (r.predikat) counts[r.predikat] += 1;
    orgRating = wholeOffice
      ? recap.orgRating
      : (effectiveOrgRating(q, period.id, unit.id)?.rating ?? recap.orgRating);
    violations = wholeOffice
      ? recap.violations.map((v) => v.message)
      : orgRating
        ? checkKurvaDistribusi(orgRating, counts).map((v) => v.message)
        : [];
  } else {
    people = live.map((r) => {
      const s = JSON.parse(r.snapshot) as PersonSnapshot;
      return {
        fullName: s.fullName,
        nip: s.nip,
        positionName: s.positionName,
        hasil: r.ratingHasil,
        perilaku: r.ratingPerilaku,
        predikat: r.predikat,
      };
    });
    counts = liveCounts(q, period.id, units);
    orgRating = effectiveOrgRating(q, period.id, unit.id)?.rating ?? null;
    violations = orgRating ? checkKurvaDistribusi(orgRating, counts).map((v) => v.message) : [];
  }
  // By name, gelar depan left out ("Drs. Hendro" sorts under H).
  const sortKey = (name: string) =>
    searchKey(
      name
        .split(' ')
        .filter((w) => !w.endsWith('.'))
        .join(' ') || name,
    );
  people.sort((a, b) => sortKey(a.fullName).localeCompare(sortKey(b.fullName), 'id'));
  const rows: RekapRow[] = people.map((p, i) => ({
    number: String(i + 1),
    fullName: p.fullName,
    nip: formatNipForPrint(p.nip),
    positionName: p.positionName,
    ratingHasil: ratingText(p.hasil),
    ratingPerilaku: ratingText(p.perilaku),
    predikat: predikatText(p.predikat),
  }));
  const signer = headOf(ctx, unit.id);
  const label = periodLabel(period.kind, period.number, period.year);
  const office = officeNames(q);
  const body: RekapBody = {
    kind: 'REKAP',
    titleLines: ['REKAP PREDIKAT KINERJA PEGAWAI', `${label.toUpperCase()}`],
    instansiName: office.instansiName || office.officeName,
    unitName: unit.name,
    periodText: `${label} (${formatDateRangeId(period.startDate, period.endDate)})`,
    statusText: final
      ? `Final (finalisasi ke-${final.revision}), ${formatDateId(signatureDate(final.finalisedAt).date)} oleh ${final.finalisedBy}`
      : 'Belum final (draf)',
    rows,
    curve: curveData(orgRating, counts, unit.name),
    violations,
    deviationReason: final?.deviationReason.trim() ?? '',
    signer,
    signerCaption: signer?.positionName ?? 'Kepala Unit Kerja',
    signature: signatureDate(final ? final.finalisedAt : period.endDate),
  };
  return {
    kind: 'REKAP',
    title: `Rekap Predikat ${label} ${unit.name}`,
    fileName: documentFileName({
      kind: 'REKAP',
      year: period.year,
      periodCode: periodFileCode(period.kind, period.number),
      name: unit.name,
    }),
    recordRevision: final?.revision ?? null,
    employeeId: null,
    skpId: null,
    skpRevisionId: null,
    periodId: period.id,
    unitId: unit.id,
    isDraft: !final,
    body,
  };
}
