import { sql } from 'drizzle-orm';
import { CORE_VALUES } from '../../../../shared/domain/behaviour';
import { formatDateId, todayIso } from '../../../../shared/domain/dates';
import { formatNipForPrint } from '../../../../shared/domain/documents';
import type { PositionType } from '../../../../shared/domain/positions';
import { ASPECT_LABELS } from '../../../../shared/domain/skp';
import { formatTargetWithUnit } from '../../../../shared/domain/skp-target';
import type { PersonSnapshot } from '../../../../shared/ipc/methods/skp';
import type { SqlRunner } from '../../db/sql-runner';
import { ikiOfRevision, rhkOfRevision, type RevisionRow } from '../../skp/queries';
import type { PrintedBehaviour, PrintedIki, PrintedPerson, PrintedRhk, SignatureDate } from './types';

export function printedPerson(p: PersonSnapshot): PrintedPerson {
  return {
    fullName: p.fullName,
    nip: formatNipForPrint(p.nip),
    pangkatGolongan: p.pangkatGolongan,
    positionName: p.positionName,
    unitName: p.unitName,
  };
}

export function printedPersonOrNull(p: PersonSnapshot | null): PrintedPerson | null {
  return p ? printedPerson(p) : null;
}

/** A stored timestamp (UTC ISO) as the local calendar date, or an ISO date as it is. */
export function localDate(stamp: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(stamp)) return stamp;
  const date = new Date(stamp);
  return Number.isNaN(date.getTime()) ? stamp.slice(0, 10) : todayIso(date);
}

export function signatureDate(stamp: string): SignatureDate {
  const date = localDate(stamp);
  return { date, dateText: formatDateId(date) };
}

/** "1 JANUARI SD 31 DESEMBER TAHUN 2026" as the forms print the period; across years both years are named. */
export function periodRangeUpper(startDate: string, endDate: string): string {
  const start = formatDateId(startDate).toUpperCase();
  const end = formatDateId(endDate).toUpperCase();
  if (startDate.slice(0, 4) === endDate.slice(0, 4)) {
    return `${start.slice(0, start.lastIndexOf(' '))} SD ${end.slice(0, end.lastIndexOf(' '))} TAHUN ${endDate.slice(0, 4)}`;
  }
  return `${start} SD ${end}`;
}

/**
 * Jenis jabatan of the pegawai, for the form's title line: as the SKP's snapshot recorded it; snapshots taken
 * before SIPKA recorded it fall back to the register.
 */
export function positionTypeOf(q: SqlRunner, employee: PersonSnapshot): PositionType | null {
  if (employee.positionType) return employee.positionType;
  return (
    q.get<{ t: PositionType }>(
      sql`SELECT position_type AS t FROM employees WHERE id = ${employee.employeeId}`,
    )?.t ?? null
  );
}

/** The RHK of a revision with their IKI as printed (numbered within Utama and Tambahan). */
export function printedRhk(
  q: SqlRunner,
  revision: RevisionRow,
): (PrintedRhk & { lineageId: number; ikiLineages: number[] })[] {
  const iki = ikiOfRevision(q, revision.id);
  const byRhk = new Map<number, typeof iki>();
  for (const row of iki) {
    const list = byRhk.get(row.rhkId);
    if (list) list.push(row);
    else byRhk.set(row.rhkId, [row]);
  }
  const counters = { UTAMA: 0, TAMBAHAN: 0 };
  return rhkOfRevision(q, revision.id).map((r) => {
    counters[r.group] += 1;
    const list = byRhk.get(r.id) ?? [];
    return {
      lineageId: r.lineageId,
      ikiLineages: list.map((i) => i.lineageId),
      number: String(counters[r.group]),
      group: r.group,
      parentText: (r.parentText || r.externalParentText).trim(),
      text: r.text,
      iki: list.map((i): PrintedIki => ({
        aspect: i.aspect ? ASPECT_LABELS[i.aspect] : '',
        indicator: i.indicator,
        target:
          i.targetLow === null || i.targetHigh === null
            ? i.unitOfMeasure
            : formatTargetWithUnit({ low: i.targetLow, high: i.targetHigh }, i.unitOfMeasure),
      })),
    };
  });
}

/** The 7 BerAKHLAK values with their panduan and the revision's ekspektasi khusus pimpinan. */
export function printedBehaviour(revision: RevisionRow): PrintedBehaviour[] {
  return CORE_VALUES.map((v, i) => ({
    number: String(i + 1),
    name: v.name,
    guides: [...v.guides],
    expectation: (revision.expectations[v.code] ?? '').trim(),
  }));
}
