import { searchKey } from './names';
import type { Target } from './skp-target';

/**
 * The SKP (Sasaran Kinerja Pegawai) as PermenPAN-RB 6/2022 shapes it (domain.md §3, domain-research §1.2–1.5):
 * code lists with their Bahasa Indonesia labels, and the pure review of a draft (what to warn about, and what
 * blocks submitting it).
 */

/** Workflow of one revision: DRAFT → DIAJUKAN → DISETUJUI, or DIKEMBALIKAN (editable again) with a reason. */
export const SKP_STATUSES = ['DRAFT', 'DIAJUKAN', 'DIKEMBALIKAN', 'DISETUJUI'] as const;
export type SkpStatus = (typeof SKP_STATUSES)[number];
export const SKP_STATUS_LABELS: Readonly<Record<SkpStatus, string>> = {
  DRAFT: 'Draf',
  DIAJUKAN: 'Diajukan',
  DIKEMBALIKAN: 'Dikembalikan',
  DISETUJUI: 'Disetujui',
};

/** A list filter beyond the statuses: active employees who have no SKP in the year yet. */
export const NO_SKP = 'BELUM_ADA' as const;
export const NO_SKP_LABEL = 'Belum ada SKP';

/** The statuses in which the pegawai (or HR on their behalf) may still change the plan. */
export function isEditableStatus(status: SkpStatus): boolean {
  return status === 'DRAFT' || status === 'DIKEMBALIKAN';
}

export const APPROACHES = ['KUANTITATIF', 'KUALITATIF'] as const;
export type Approach = (typeof APPROACHES)[number];
export const DEFAULT_APPROACH: Approach = 'KUANTITATIF';
export const APPROACH_LABELS: Readonly<Record<Approach, string>> = {
  KUANTITATIF: 'Kuantitatif',
  KUALITATIF: 'Kualitatif',
};

export const RHK_GROUPS = ['UTAMA', 'TAMBAHAN'] as const;
export type RhkGroup = (typeof RHK_GROUPS)[number];
export const RHK_GROUP_LABELS: Readonly<Record<RhkGroup, string>> = {
  UTAMA: 'Utama',
  TAMBAHAN: 'Tambahan',
};

/** IKI aspects of the kuantitatif approach; a kualitatif SKP has none. */
export const ASPECTS = ['KUANTITAS', 'KUALITAS', 'WAKTU', 'BIAYA'] as const;
export type Aspect = (typeof ASPECTS)[number];
export const ASPECT_LABELS: Readonly<Record<Aspect, string>> = {
  KUANTITAS: 'Kuantitas',
  KUALITAS: 'Kualitas',
  WAKTU: 'Waktu',
  BIAYA: 'Biaya',
};

/** The aspects every Utama RHK of a kuantitatif SKP should carry (a warning, not a rule of law). */
export const EXPECTED_ASPECTS: readonly Aspect[] = ['KUANTITAS', 'KUALITAS', 'WAKTU'];

export const DIRECTIONS = ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER'] as const;
export type Direction = (typeof DIRECTIONS)[number];
export const DIRECTION_LABELS: Readonly<Record<Direction, string>> = {
  HIGHER_IS_BETTER: 'Makin tinggi makin baik',
  LOWER_IS_BETTER: 'Makin rendah makin baik',
};

/** Time and cost are better when lower (PermenPAN-RB 8/2021 "kondisi khusus"); the rest when higher. */
export function defaultDirection(aspect: Aspect | null): Direction {
  return aspect === 'WAKTU' || aspect === 'BIAYA' ? 'LOWER_IS_BETTER' : 'HIGHER_IS_BETTER';
}

/** Satuan offered beside the target field; any other text is allowed. */
export const UNIT_OF_MEASURE_SUGGESTIONS = [
  'Dokumen',
  'Laporan',
  '%',
  'Bulan',
  'Hari',
  'Kegiatan',
  'Layanan',
  'Berkas',
  'Orang',
  'Kali',
  'Lokasi',
  'Rp',
] as const;

export const LIMITS = {
  rhkText: 1000,
  indicator: 500,
  unitOfMeasure: 40,
  externalParentText: 1000,
  lampiranItem: 500,
  lampiranItems: 20,
  reason: 1000,
} as const;

/** The three numbered lists of the Lampiran SKP (domain-research §1.5). */
export const LAMPIRAN_SECTIONS = ['resources', 'accountability', 'consequences'] as const;
export type LampiranSection = (typeof LAMPIRAN_SECTIONS)[number];
export const LAMPIRAN_SECTION_LABELS: Readonly<Record<LampiranSection, string>> = {
  resources: 'Dukungan Sumber Daya',
  accountability: 'Skema Pertanggungjawaban',
  consequences: 'Konsekuensi',
};
export type Lampiran = Record<LampiranSection, string[]>;

/** The usual sentences, offered as suggestions in the editor (and used by the demo data). */
export const LAMPIRAN_SUGGESTIONS: Readonly<Record<LampiranSection, readonly string[]>> = {
  resources: [
    'Dukungan anggaran kegiatan sesuai Dokumen Pelaksanaan Anggaran (DPA) Kecamatan',
    'Sarana kerja berupa komputer/laptop, printer, dan alat tulis kantor',
    'Jaringan internet dan akses aplikasi layanan yang digunakan di unit kerja',
    'Dukungan sumber daya manusia di unit kerja',
    'Kendaraan operasional untuk kegiatan lapangan',
    'Data dan informasi dari kelurahan serta perangkat daerah terkait',
  ],
  accountability: [
    'Hasil kerja dilaporkan kepada pejabat penilai kinerja setiap triwulan',
    'Realisasi hasil kerja beserta bukti dukung diunggah setiap bulan',
    'Laporan disampaikan secara berjenjang melalui atasan langsung',
    'Hasil kerja dibahas dalam dialog kinerja dengan pejabat penilai kinerja',
  ],
  consequences: [
    'Apabila hasil kerja melampaui ekspektasi, pegawai dapat diusulkan mendapat penghargaan sesuai ketentuan',
    'Apabila hasil kerja sesuai ekspektasi, pegawai memperoleh tambahan penghasilan pegawai (TPP) sesuai ketentuan',
    'Apabila hasil kerja di bawah ekspektasi, pegawai mendapat bimbingan kinerja dari pejabat penilai kinerja',
    'Apabila hasil kerja di bawah ekspektasi, tambahan penghasilan pegawai (TPP) dapat dikurangi sesuai ketentuan',
  ],
};

/** Two RHK texts are "the same result" for copying links forward when their keys are equal. */
export function rhkMatchKey(text: string): string {
  return searchKey(text.replace(/[^\p{L}\p{N}\s]/gu, ' '));
}

/** What the review of a draft needs to know about one IKI. */
export interface IkiForReview {
  id: number;
  aspect: Aspect | null;
  indicator: string;
  target: Target | null;
  unitOfMeasure: string;
}

/** What the review of a draft needs to know about one RHK. */
export interface RhkForReview {
  id: number;
  group: RhkGroup;
  text: string;
  /** Null: names no atasan RHK. */
  parent: null | { ofCurrentAppraiser: boolean };
  iki: IkiForReview[];
}

export interface SkpForReview {
  approach: Approach;
  /** The pejabat penilai (atasan langsung) as recorded, or null when the pegawai has no atasan in SIPKA. */
  appraiserName: string | null;
  /** Whether the pejabat penilai has an SKP in the same year (their RHK are what Utama RHK intervene). */
  appraiserHasSkp: boolean;
  year: number;
  rhk: RhkForReview[];
}

export const SKP_ISSUE_CODES = [
  'NO_UTAMA',
  'RHK_WITHOUT_IKI',
  'MISSING_ASPECTS',
  'UTAMA_WITHOUT_PARENT',
  'PARENT_NOT_OF_APPRAISER',
  'IKI_WITHOUT_ASPECT',
  'IKI_WITHOUT_TARGET',
  'IKI_WITHOUT_UNIT',
] as const;
export type SkpIssueCode = (typeof SKP_ISSUE_CODES)[number];

export interface SkpIssue {
  code: SkpIssueCode;
  message: string;
  rhkId: number | null;
  ikiId: number | null;
  /** True when the SKP cannot be submitted until this is fixed; otherwise only a warning. */
  blocksSubmit: boolean;
}

function quote(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > 60 ? `"${clean.slice(0, 57)}…"` : `"${clean}"`;
}

function joinAnd(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} dan ${items.at(-1)}`;
}

/**
 * Reviews an SKP plan. Warnings (PermenPAN-RB 6/2022 practice): a kuantitatif Utama RHK without kuantitas,
 * kualitas or waktu. Blocking at submission (decision): no Utama RHK; an RHK without IKI (every RHK has one or
 * more IKI: issue 5 §3, domain-research §1.4); an Utama RHK that intervenes no RHK of the current pejabat
 * penilai (only when the pegawai has an atasan in SIPKA); in the kuantitatif approach an IKI without aspect,
 * target or satuan. The kualitatif approach words its success measure in the indicator, so target and satuan
 * are optional there.
 */
export function reviewSkp(skp: SkpForReview): SkpIssue[] {
  const issues: SkpIssue[] = [];
  const add = (code: SkpIssueCode, message: string, blocksSubmit: boolean, rhkId = -1, ikiId = -1) =>
    issues.push({
      code,
      message,
      rhkId: rhkId < 0 ? null : rhkId,
      ikiId: ikiId < 0 ? null : ikiId,
      blocksSubmit,
    });
  const quantitative = skp.approach === 'KUANTITATIF';
  if (!skp.rhk.some((r) => r.group === 'UTAMA')) add('NO_UTAMA', 'Belum ada RHK utama.', true);
  for (const rhk of skp.rhk) {
    const name = `RHK ${quote(rhk.text)}`;
    if (rhk.iki.length === 0) add('RHK_WITHOUT_IKI', `${name} belum memiliki IKI.`, true, rhk.id);
    if (rhk.group === 'UTAMA' && skp.appraiserName !== null) {
      if (rhk.parent === null) {
        const message = skp.appraiserHasSkp
          ? `${name} belum menginduk (mengintervensi) RHK atasan.`
          : `${name} belum menginduk RHK atasan: SKP ${skp.appraiserName} (pejabat penilai) tahun ${skp.year} belum ada. Buat SKP atasan terlebih dahulu.`;
        add('UTAMA_WITHOUT_PARENT', message, true, rhk.id);
      }
    }
    if (rhk.parent !== null && !rhk.parent.ofCurrentAppraiser) {
      add(
        'PARENT_NOT_OF_APPRAISER',
        skp.appraiserName === null
          ? `${name} menginduk RHK atasan, padahal pegawai ini tidak memiliki atasan di SIPKA.`
          : `${name} menginduk RHK yang bukan milik SKP ${skp.appraiserName} (pejabat penilai) tahun ${skp.year}. Pilih ulang RHK atasan.`,
        true,
        rhk.id,
      );
    }
    if (quantitative && rhk.group === 'UTAMA' && rhk.iki.length > 0) {
      const present = new Set(rhk.iki.map((i) => i.aspect));
      const missing = EXPECTED_ASPECTS.filter((a) => !present.has(a)).map((a) =>
        ASPECT_LABELS[a].toLowerCase(),
      );
      if (missing.length > 0) {
        add('MISSING_ASPECTS', `${name} belum memiliki IKI aspek ${joinAnd(missing)}.`, false, rhk.id);
      }
    }
    if (!quantitative) continue;
    for (const iki of rhk.iki) {
      const ikiName = `IKI ${quote(iki.indicator)}`;
      if (iki.aspect === null)
        add('IKI_WITHOUT_ASPECT', `${ikiName} belum memiliki aspek.`, true, rhk.id, iki.id);
      if (iki.target === null)
        add('IKI_WITHOUT_TARGET', `${ikiName} belum memiliki target.`, true, rhk.id, iki.id);
      else if (iki.unitOfMeasure.trim() === '') {
        add('IKI_WITHOUT_UNIT', `${ikiName} belum memiliki satuan target.`, true, rhk.id, iki.id);
      }
    }
  }
  return issues;
}
