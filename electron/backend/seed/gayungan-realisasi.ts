import { sql } from 'drizzle-orm';
import type { CoreValueCode } from '../../../shared/domain/behaviour';
import { todayIso } from '../../../shared/domain/dates';
import { formatIdNumber } from '../../../shared/domain/skp-target';
import type { PeriodDto } from '../../../shared/ipc/methods/years';
import type { RequestContext } from '../context';
import type { Attribution } from '../realisasi/attribution';
import { applyEntries, type EntryChange } from '../realisasi/entries';
import { insertFileEvidence, insertLinkEvidence } from '../realisasi/evidence';
import { appendFeedback } from '../realisasi/feedback';
import { assertWritable, ikiInForce, type WritableTarget } from '../realisasi/guard';
import { resolveSheet } from '../realisasi/sheet';
import { rhkOfRevision, type IkiRow } from '../skp/queries';
import { findYearByNumber, periodsOf } from '../years/queries';
import { demoChartPng, demoPdf } from './demo-files';

/**
 * Demo realisasi for the demo year: every IKI of every SKP for each period already over, a partial entry for the
 * period under way (only the first IKI of each RHK), a few small bukti dukung files and links per pegawai, and
 * umpan balik by each atasan. Values are drawn around the targets from a seeded generator, with a steady level
 * per pegawai so the evaluation has something to tell apart; the same database gets the same demo.
 */

export interface DemoRealisasiResult {
  entries: number;
  files: number;
  links: number;
  feedback: number;
}

/** mulberry32: a tiny seeded generator, enough for demo numbers. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** How each pegawai fares against their targets, by their place in the register (a fraction of target). */
const LEVELS = [1.02, 0.96, 1.1, 0.88, 1.0, 1.05, 0.93, 1.15];

function plausibleValue(iki: IkiRow, level: number, random: () => number): number | null {
  if (iki.targetLow === null || iki.targetHigh === null) return null;
  const jitter = 0.94 + random() * 0.12;
  const isPercent = iki.unitOfMeasure.trim() === '%';
  let value: number;
  if (iki.direction === 'LOWER_IS_BETTER') {
    // Better than target is lower: a strong pegawai needs less time or money.
    value = iki.targetLow * (2 - level) * jitter;
  } else {
    const target = iki.targetLow === iki.targetHigh ? iki.targetLow : iki.targetHigh;
    value = target * level * jitter;
    if (isPercent) value = Math.min(100, value);
  }
  return value >= 50 ? Math.round(value) : Math.round(value * 10) / 10;
}

const RHK_FEEDBACK = [
  'Capaian {periode} sudah sesuai rencana. Pertahankan ketepatan waktu pelaporannya.',
  'Lengkapi bukti dukung kegiatan sebelum akhir bulan agar mudah diverifikasi.',
  'Koordinasikan jadwal kegiatan dengan seksi terkait supaya tidak bertabrakan.',
  'Hasil kerja {periode} baik; perhatikan kerapian dan penomoran arsip dokumennya.',
  'Beberapa target {periode} belum tercapai. Susun langkah perbaikan dan laporkan pada rapat berikutnya.',
];

const VALUE_FEEDBACK: readonly [CoreValueCode, string][] = [
  ['BERORIENTASI_PELAYANAN', 'Sikap melayani warga di loket ramah dan sigap. Pertahankan.'],
  ['AKUNTABEL', 'Laporan keuangan kegiatan disampaikan tepat waktu dan lengkap.'],
  ['KOLABORATIF', 'Aktif membantu rekan kerja saat beban pelayanan meningkat.'],
  ['ADAPTIF', 'Cepat menyesuaikan diri dengan aplikasi layanan yang baru.'],
  ['KOMPETEN', 'Ikuti pelatihan penyusunan laporan agar kualitas dokumen meningkat.'],
  ['HARMONIS', 'Menjaga suasana kerja yang saling menghargai di kantor.'],
];

interface DemoSkp {
  id: number;
  employeeId: number;
}

function demoSkps(ctx: RequestContext, yearId: number): DemoSkp[] {
  return ctx.sql.all<DemoSkp>(
    sql`SELECT id, employee_id AS employeeId FROM skps WHERE year_id = ${yearId} ORDER BY id`,
  );
}

/** A date inside the period, a few days before it ends (or yesterday for the period under way), 09.00 WIB. */
function enteredOn(period: PeriodDto, today: string, daysBefore: number): string {
  const end = new Date(`${period.endDate}T02:00:00Z`);
  end.setUTCDate(end.getUTCDate() - daysBefore);
  const yesterday = new Date(`${today}T02:00:00Z`);
  yesterday.setUTCDate(yesterday.getUTCDate() - 1);
  return (end < yesterday ? end : yesterday).toISOString();
}

/** The first IKI of each RHK: what a pegawai fills in first while a period is under way. */
function firstIkiOfEachRhk(iki: IkiRow[]): IkiRow[] {
  const seen = new Set<number>();
  return iki.filter((row) => {
    if (seen.has(row.rhkId)) return false;
    seen.add(row.rhkId);
    return true;
  });
}

export function loadDemoRealisasi(ctx: RequestContext, year: number): DemoRealisasiResult {
  const result: DemoRealisasiResult = { entries: 0, files: 0, links: 0, feedback: 0 };
  const yearRow = findYearByNumber(ctx.sql, year);
  if (!yearRow) return result;
  const today = todayIso(ctx.now());
  const periods = periodsOf(ctx.sql, yearRow.id, year).filter(
    (p) => p.kind !== 'ANNUAL' && p.startDate <= today,
  );
  demoSkps(ctx, yearRow.id).forEach((skp, index) => {
    const level = LEVELS[index % LEVELS.length]!;
    for (const period of periods) {
      const target = resolveSheet(ctx, skp.id, period.id);
      if (target.lock) continue;
      assertWritable(ctx, target);
      const over = period.endDate < today;
      const random = seeded(skp.id * 97 + period.number * 7919);
      const iki = [...ikiInForce(ctx, target).values()];
      const employee = target.revision.employeeSnapshot.fullName;
      const by: Attribution = {
        userId: null,
        name: employee,
        as: 'PEGAWAI',
        at: enteredOn(period, today, 4),
      };
      const entries: EntryChange[] = (over ? iki : firstIkiOfEachRhk(iki)).flatMap((row) => {
        const value = plausibleValue(row, level, random);
        return value === null ? [] : [{ ikiLineageId: row.lineageId, value, note: '' }];
      });
      result.entries += applyEntries(ctx, target, entries, by);
      if (!over) continue;
      addEvidence(ctx, target, iki, entries, by, index, result);
      addFeedback(ctx, target, index, result);
    }
  });
  return result;
}

function addEvidence(
  ctx: RequestContext,
  target: WritableTarget,
  iki: IkiRow[],
  entries: EntryChange[],
  by: Attribution,
  index: number,
  result: DemoRealisasiResult,
): void {
  const { period } = target;
  const first = iki[0];
  if (!first) return;
  const employee = target.revision.employeeSnapshot;
  const value = entries.find((e) => e.ikiLineageId === first.lineageId)?.value;
  const title = `Laporan ${period.label}`;
  const pdf = demoPdf(
    title,
    [
      `${employee.fullName}`,
      `NIP ${employee.nip} · ${employee.positionName}`,
      `Periode: ${period.rangeLabel}`,
      `Indikator: ${first.indicator}`,
      `Realisasi: ${value === null || value === undefined ? '–' : formatIdNumber(value)} ${first.unitOfMeasure}`,
      'Dokumen ini adalah data contoh SIPKA.',
    ],
    new Date(by.at ?? ctx.now().toISOString()),
  );
  const slug = period.shortLabel.toLowerCase().replaceAll(' ', '-');
  insertFileEvidence(
    ctx,
    target,
    first.lineageId,
    { fileName: `laporan-${slug}.pdf`, mimeType: 'application/pdf', bytes: pdf, durable: false },
    by,
  );
  result.files += 1;

  const second = iki.find((row) => row.rhkId !== first.rhkId) ?? iki[1];
  if (period.number === 2 && second) {
    const fractions = iki.slice(0, 6).map((row) => {
      const v = entries.find((e) => e.ikiLineageId === row.lineageId)?.value ?? 0;
      return row.targetHigh ? (v ?? 0) / row.targetHigh : 0;
    });
    const png = demoChartPng(fractions);
    insertFileEvidence(
      ctx,
      target,
      second.lineageId,
      { fileName: `grafik-capaian-${slug}.png`, mimeType: 'image/png', bytes: png, durable: false },
      by,
    );
    result.files += 1;
  }
  if (period.number === 3 && index % 2 === 0 && second) {
    insertLinkEvidence(
      ctx,
      target,
      second.lineageId,
      {
        url: `https://example.org/gayungan/dokumentasi/${target.skp.id}-${slug}`,
        title: `Dokumentasi kegiatan ${period.label}`,
      },
      by,
    );
    result.links += 1;
  }
}

function addFeedback(
  ctx: RequestContext,
  target: WritableTarget,
  index: number,
  result: DemoRealisasiResult,
): void {
  const appraiser = target.revision.appraiserSnapshot;
  if (!appraiser) return;
  const { period } = target;
  const at = enteredOn(target.period, todayIso(ctx.now()), 1);
  const author = { userId: null, name: appraiser.fullName, at };
  const turn = index + period.number;
  if (turn % 2 === 0) {
    const rhk = rhkOfRevision(ctx.sql, target.revision.id);
    const chosen = rhk[turn % rhk.length];
    if (!chosen) return;
    const text = RHK_FEEDBACK[turn % RHK_FEEDBACK.length]!.replaceAll('{periode}', period.shortLabel);
    appendFeedback(ctx, target, { rhkLineageId: chosen.lineageId, coreValue: null, text }, author);
  } else {
    const [coreValue, text] = VALUE_FEEDBACK[turn % VALUE_FEEDBACK.length]!;
    appendFeedback(ctx, target, { rhkLineageId: null, coreValue, text }, author);
  }
  result.feedback += 1;
}
