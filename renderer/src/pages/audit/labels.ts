import { formatDateId } from '../../../../shared/domain/dates';
import { formatNip } from '../../../../shared/domain/nip';
import {
  ACTIVITY_LABELS,
  EMPLOYEE_STATUS_LABELS,
  FUNCTIONAL_LEVEL_LABELS,
  GENDER_LABELS,
  POSITION_TYPE_LABELS,
  UNIT_KIND_LABELS,
} from '../../../../shared/domain/positions';
import { PERIOD_TYPE_LABELS } from '../../../../shared/domain/periods';
import { ROLE_LABELS } from '../../../../shared/domain/roles';
import {
  APPROACH_LABELS,
  ASPECT_LABELS,
  DIRECTION_LABELS,
  RHK_GROUP_LABELS,
  SKP_STATUS_LABELS,
} from '../../../../shared/domain/skp';
import { CORE_VALUES } from '../../../../shared/domain/behaviour';
import { ORG_RATING_LABELS, PREDIKAT_LABELS, RATING_LABELS } from '../../../../shared/domain/predikat';
import { DOCUMENT_KIND_LABELS } from '../../../../shared/domain/documents';
import { contract } from '../../../../shared/ipc/contract';
import { EXCLUSION_REASON_LABELS } from '../../../../shared/ipc/methods/evaluation';
import { ENTERED_AS_LABELS } from '../../../../shared/ipc/methods/realisasi';
import type { AuditAction, AuditEntryDto } from '../../../../shared/ipc/methods/audit';
import { formatTimestamp } from '../../lib/format';

/*
 * How the audit trail is read by people: Indonesian names for actions, entity types, the stored columns of
 * each entity, and their values. The backend stores column names and raw codes; nothing here changes what was
 * recorded, only how it is shown.
 */

export const ACTION_LABELS: Readonly<Record<AuditAction, string>> = {
  CREATE: 'Tambah',
  UPDATE: 'Ubah',
  DELETE: 'Hapus',
  EVENT: 'Peristiwa',
};

export const ENTITY_TYPES = [
  'employee',
  'unit',
  'user',
  'settings',
  'year',
  'skp',
  'skp_revision',
  'skp_rhk',
  'skp_iki',
  'backup',
  'realisasi',
  'evidence',
  'feedback',
  'evaluation',
  'org_rating',
  'finalisation',
  'printed_document',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const ENTITY_TYPE_LABELS: Readonly<Record<EntityType, string>> = {
  employee: 'Pegawai',
  unit: 'Unit kerja',
  user: 'Pengguna',
  settings: 'Pengaturan',
  year: 'Tahun penilaian',
  skp: 'SKP',
  skp_revision: 'Revisi SKP',
  skp_rhk: 'RHK',
  skp_iki: 'IKI',
  backup: 'Cadangan',
  realisasi: 'Realisasi',
  evidence: 'Bukti dukung',
  feedback: 'Umpan balik',
  evaluation: 'Penilaian kinerja',
  org_rating: 'Capaian kinerja organisasi',
  finalisation: 'Finalisasi penilaian',
  printed_document: 'Dokumen tercetak',
};

/** The diff writes this in place of a secret (the password hash): it changed, its value is not kept. */
export const HIDDEN_VALUE = '(disembunyikan)';

const FIELD_LABELS: Readonly<Record<EntityType, Readonly<Record<string, string>>>> = {
  employee: {
    id: 'ID',
    nip: 'NIP / NI PPPK',
    name: 'Nama',
    frontTitle: 'Gelar depan',
    backTitle: 'Gelar belakang',
    gender: 'Jenis kelamin',
    birthPlace: 'Tempat lahir',
    birthDate: 'Tanggal lahir',
    status: 'Status kepegawaian',
    golongan: 'Golongan',
    positionName: 'Nama jabatan',
    positionType: 'Jenis jabatan',
    functionalLevel: 'Jenjang jabatan fungsional',
    unitId: 'Unit kerja',
    supervisorId: 'Atasan langsung',
    tmtJabatan: 'TMT jabatan',
    activity: 'Status keaktifan',
    inactiveSince: 'Tidak aktif sejak',
    inactiveNote: 'Keterangan nonaktif',
  },
  unit: {
    id: 'ID',
    name: 'Nama unit',
    kind: 'Jenis unit',
    parentId: 'Unit induk',
    sortOrder: 'Urutan',
  },
  user: {
    id: 'ID',
    username: 'Nama pengguna',
    displayName: 'Nama tampilan',
    role: 'Peran',
    active: 'Aktif',
    employeeId: 'Pegawai tertaut',
    mustChangePassword: 'Wajib ganti kata sandi',
    lockedUntil: 'Terkunci sampai',
    passwordHash: 'Kata sandi',
  },
  settings: {
    instansiName: 'Nama instansi',
    officeName: 'Nama kecamatan',
    cityName: 'Kota/kabupaten',
    address: 'Alamat kantor',
    letterheadLines: 'Kop surat',
    placeName: 'Tempat penandatanganan',
    logoDataUrl: 'Logo instansi',
    phone: 'Telepon',
    email: 'Surel',
    idleLockMinutes: 'Kunci layar (menit)',
    evidenceMaxMb: 'Batas ukuran berkas bukti dukung (MB)',
  },
  year: {
    id: 'ID',
    year: 'Tahun',
    periodType: 'Jenis periode',
    status: 'Status',
    periods: 'Jumlah periode',
    closedAt: 'Ditutup pada',
    closedBy: 'Ditutup oleh',
    closeNote: 'Catatan penutupan',
  },
  skp: {
    id: 'ID',
    yearId: 'Tahun penilaian',
    employeeId: 'Pegawai',
    startDate: 'Tanggal mulai',
    endDate: 'Tanggal selesai',
  },
  skp_revision: {
    id: 'ID',
    number: 'Nomor revisi',
    status: 'Status',
    approach: 'Pendekatan',
    reason: 'Alasan revisi',
    employeeSnapshot: 'Pegawai yang dinilai',
    appraiserSnapshot: 'Pejabat penilai kinerja',
    appraiserSupervisorSnapshot: 'Atasan pejabat penilai',
    resources: 'Dukungan sumber daya',
    accountability: 'Skema pertanggungjawaban',
    consequences: 'Konsekuensi',
    expectations: 'Ekspektasi khusus pimpinan',
    submittedAt: 'Diajukan pada',
    submittedBy: 'Diajukan oleh',
    decidedAt: 'Diputuskan pada',
    decidedBy: 'Diputuskan oleh',
    decidedOnBehalfOf: 'Atas nama',
    decisionNote: 'Catatan / alasan',
  },
  skp_rhk: {
    id: 'ID',
    rhkGroup: 'Kelompok',
    sortOrder: 'Urutan',
    text: 'Rencana hasil kerja',
    parentLineageId: 'RHK atasan (silsilah)',
    parentText: 'RHK atasan',
    externalParentText: 'RHK atasan di luar SIPKA',
    urutanIki: 'Urutan IKI',
  },
  backup: {
    kind: 'Jenis cadangan',
    fileName: 'Nama berkas',
    directory: 'Folder',
    sizeBytes: 'Ukuran (bita)',
    encrypted: 'Terenkripsi',
  },
  skp_iki: {
    id: 'ID',
    sortOrder: 'Urutan',
    aspect: 'Aspek',
    indicator: 'Indikator',
    targetLow: 'Target (batas bawah)',
    targetHigh: 'Target (batas atas)',
    unitOfMeasure: 'Satuan',
    direction: 'Arah target',
  },
  realisasi: {
    skpId: 'SKP',
    periodId: 'Periode',
    ikiLineageId: 'IKI (silsilah)',
    indicator: 'Indikator',
    value: 'Realisasi',
    note: 'Catatan',
    enteredBy: 'Diisi oleh',
    enteredAs: 'Diisi sebagai',
  },
  evidence: {
    skpId: 'SKP',
    periodId: 'Periode',
    ikiLineageId: 'IKI (silsilah)',
    kind: 'Jenis',
    title: 'Judul',
    url: 'Tautan',
    fileName: 'Nama berkas',
    mimeType: 'Jenis berkas',
    size: 'Ukuran (bita)',
    sha256: 'SHA-256',
    addedBy: 'Ditambahkan oleh',
  },
  feedback: {
    skpId: 'SKP',
    periodId: 'Periode',
    rhkLineageId: 'RHK (silsilah)',
    coreValue: 'Nilai perilaku',
    text: 'Umpan balik',
    authorName: 'Pemberi umpan balik',
    at: 'Waktu',
  },
  evaluation: {
    skpId: 'SKP',
    periodId: 'Periode',
    skpRevisionId: 'Revisi SKP yang dinilai',
    ratingHasil: 'Rating hasil kerja',
    ratingPerilaku: 'Rating perilaku kerja',
    predikat: 'Predikat kinerja',
    note: 'Catatan',
    excludedReason: 'Dikecualikan karena',
    excludedNote: 'Keterangan pengecualian',
    unitId: 'Unit kerja saat dinilai',
    ratedBy: 'Dinilai oleh',
    ratedOnBehalfOf: 'Atas nama',
  },
  org_rating: {
    periodId: 'Periode',
    unitId: 'Unit kerja',
    rating: 'Capaian kinerja organisasi',
    sourceNumber: 'Nomor penetapan',
    sourceDate: 'Tanggal penetapan',
    note: 'Catatan',
    recordedBy: 'Dicatat oleh',
  },
  finalisation: {
    periodId: 'Periode',
    unitId: 'Unit kerja',
    revision: 'Revisi',
    orgRating: 'Capaian kinerja organisasi',
    counts: 'Jumlah per predikat',
    violations: 'Penyimpangan kurva',
    deviationReason: 'Alasan penyimpangan',
    pegawai: 'Jumlah pegawai',
    reopenedAt: 'Dibuka untuk koreksi pada',
    reopenedBy: 'Dibuka oleh',
    reopenReason: 'Alasan koreksi',
  },
  printed_document: {
    code: 'Kode dokumen',
    kind: 'Jenis dokumen',
    title: 'Judul',
    fileName: 'Nama berkas',
    employeeId: 'Pegawai',
    skpId: 'SKP',
    skpRevisionId: 'Revisi SKP (ID)',
    periodId: 'Periode',
    unitId: 'Unit kerja',
    recordRevision: 'Revisi data',
    digest: 'Sidik isi (SHA-256)',
    draft: 'Draf',
    status: 'Hasil verifikasi',
    count: 'Jumlah dokumen',
    codes: 'Kode dokumen',
    documents: 'Contoh dokumen',
    signedAt: 'Ditandatangani pada',
    signedScanName: 'Berkas pindaian',
    signedScanMime: 'Jenis berkas pindaian',
    signedScanSha256: 'SHA-256 pindaian',
  },
};

export function isEntityType(value: string): value is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(value);
}

export function entityTypeLabel(entityType: string): string {
  return isEntityType(entityType) ? ENTITY_TYPE_LABELS[entityType] : entityType;
}

/** "Pegawai #12", "Pengaturan kantor", or just the type when the entry names no record. */
export function entityLabel(entry: Pick<AuditEntryDto, 'entityType' | 'entityId'>): string {
  const type = entityTypeLabel(entry.entityType);
  if (entry.entityId === null) return type;
  if (entry.entityType === 'settings' && entry.entityId === 'office') return 'Pengaturan kantor';
  return `${type} #${entry.entityId}`;
}

export function fieldLabel(entityType: string, field: string): string {
  const labels = isEntityType(entityType) ? FIELD_LABELS[entityType] : undefined;
  return labels && Object.hasOwn(labels, field) ? (labels[field] ?? field) : field;
}

/** Columns in the order a reader expects (the order of the label table), unknown ones last. */
export function orderedFields(entityType: string, fields: readonly string[]): string[] {
  const known = isEntityType(entityType) ? Object.keys(FIELD_LABELS[entityType]) : [];
  const rank = (field: string) => {
    const index = known.indexOf(field);
    return index === -1 ? known.length : index;
  };
  return [...fields].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

const SUMMARY_FIELDS = 4;
/** The column that names a record, per entity type: shown for a created or deleted record. */
const NAME_FIELDS: Readonly<Record<string, string>> = {
  employee: 'name',
  unit: 'name',
  user: 'username',
  settings: 'officeName',
  skp_rhk: 'text',
  skp_iki: 'indicator',
  realisasi: 'indicator',
  evidence: 'title',
  printed_document: 'title',
};

function recordName(entry: AuditEntryDto): string | null {
  const field = NAME_FIELDS[entry.entityType];
  const change = field === undefined ? undefined : entry.changes[field];
  const value = entry.action === 'DELETE' ? change?.from : change?.to;
  return typeof value === 'string' && value !== '' ? value : null;
}

/** One line for the table: the note of an event, otherwise the changed columns by their Indonesian names. */
export function summarize(entry: AuditEntryDto): string {
  if (entry.note !== '') return entry.note;
  const fields = orderedFields(entry.entityType, Object.keys(entry.changes)).filter(
    (field) => field !== 'id',
  );
  const name = recordName(entry);
  if (entry.action === 'CREATE') return name ? `Data baru: ${name}` : 'Data baru';
  if (entry.action === 'DELETE') return name ? `Data dihapus: ${name}` : 'Data dihapus';
  const names = fields.slice(0, SUMMARY_FIELDS).map((field) => fieldLabel(entry.entityType, field));
  const more = fields.length > SUMMARY_FIELDS ? `, +${fields.length - SUMMARY_FIELDS} kolom lain` : '';
  return names.length > 0 ? `${names.join(', ')}${more}` : '—';
}

/** A value as shown in the diff table; `employeeId` links to that pegawai's page. */
export interface DisplayValue {
  text: string;
  /** Shown dimmed: empty, or kept secret. */
  muted?: boolean;
  employeeId?: number;
  /** Keep the text's line breaks (letterhead lines). */
  multiline?: boolean;
  mono?: boolean;
}

const ENUM_LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'employee.gender': GENDER_LABELS,
  'employee.status': EMPLOYEE_STATUS_LABELS,
  'employee.positionType': POSITION_TYPE_LABELS,
  'employee.functionalLevel': FUNCTIONAL_LEVEL_LABELS,
  'employee.activity': ACTIVITY_LABELS,
  'unit.kind': UNIT_KIND_LABELS,
  'user.role': ROLE_LABELS,
  'year.periodType': PERIOD_TYPE_LABELS,
  'skp_revision.status': SKP_STATUS_LABELS,
  'skp_revision.approach': APPROACH_LABELS,
  'skp_rhk.rhkGroup': RHK_GROUP_LABELS,
  'skp_iki.aspect': ASPECT_LABELS,
  'skp_iki.direction': DIRECTION_LABELS,
  'realisasi.enteredAs': ENTERED_AS_LABELS,
  'evidence.kind': { FILE: 'Berkas', LINK: 'Tautan' },
  'feedback.coreValue': Object.fromEntries(CORE_VALUES.map((v) => [v.code, v.name])),
  'evaluation.ratingHasil': RATING_LABELS,
  'evaluation.ratingPerilaku': RATING_LABELS,
  'evaluation.predikat': PREDIKAT_LABELS,
  'evaluation.excludedReason': EXCLUSION_REASON_LABELS,
  'org_rating.rating': ORG_RATING_LABELS,
  'finalisation.orgRating': ORG_RATING_LABELS,
  'printed_document.kind': DOCUMENT_KIND_LABELS,
  'printed_document.status': {
    CURRENT: 'Sesuai data yang berlaku',
    SUPERSEDED: 'Data sudah berubah',
    TAMPERED: 'QR tidak cocok',
    UNKNOWN: 'Tidak terdaftar',
  },
};

const DATE_FIELDS = new Set([
  'employee.birthDate',
  'employee.tmtJabatan',
  'employee.inactiveSince',
  'skp.startDate',
  'skp.endDate',
  'org_rating.sourceDate',
]);
const TIMESTAMP_FIELDS = new Set([
  'feedback.at',
  'user.lockedUntil',
  'user.lastLoginAt',
  'year.closedAt',
  'skp_revision.submittedAt',
  'skp_revision.decidedAt',
  'finalisation.reopenedAt',
  'printed_document.signedAt',
]);
const EMPLOYEE_REFS = new Set([
  'employee.supervisorId',
  'user.employeeId',
  'skp.employeeId',
  'printed_document.employeeId',
]);
const UNIT_REFS = new Set([
  'employee.unitId',
  'unit.parentId',
  'evaluation.unitId',
  'org_rating.unitId',
  'finalisation.unitId',
  'printed_document.unitId',
]);

export interface ValueContext {
  /** Names of the units known now, to show "Seksi Pemerintahan (#4)" instead of "4". */
  unitName: (id: number) => string | undefined;
}

function dataUrlSize(dataUrl: string): string {
  const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  const bytes = Math.floor((base64.length * 3) / 4);
  return bytes >= 1024 ? `${Math.round(bytes / 1024)} KB` : `${bytes} bita`;
}

export function displayValue(
  entityType: string,
  field: string,
  value: unknown,
  context: ValueContext,
): DisplayValue {
  const key = `${entityType}.${field}`;
  if (value === null || value === undefined || value === '') return { text: '—', muted: true };
  if (value === HIDDEN_VALUE) return { text: '(disembunyikan)', muted: true };
  if (typeof value === 'boolean') return { text: value ? 'Ya' : 'Tidak' };
  const enumLabels = ENUM_LABELS[key];
  if (enumLabels && typeof value === 'string') {
    return { text: Object.hasOwn(enumLabels, value) ? (enumLabels[value] ?? value) : value };
  }
  if (typeof value === 'number' && EMPLOYEE_REFS.has(key)) {
    return { text: `Pegawai #${value}`, employeeId: value };
  }
  if (typeof value === 'number' && UNIT_REFS.has(key)) {
    const name = context.unitName(value);
    return { text: name ? `${name} (#${value})` : `Unit #${value}` };
  }
  if (typeof value === 'string' && DATE_FIELDS.has(key)) return { text: formatDateId(value) };
  if (typeof value === 'string' && TIMESTAMP_FIELDS.has(key)) return { text: formatTimestamp(value) };
  if (typeof value === 'string' && key === 'employee.nip') return { text: formatNip(value), mono: true };
  if (typeof value === 'string' && key === 'settings.logoDataUrl') {
    const kind = /^data:image\/(png|jpeg)/.exec(value)?.[1]?.toUpperCase() ?? 'gambar';
    return { text: `Berkas ${kind === 'JPEG' ? 'JPEG' : kind}, ${dataUrlSize(value)}` };
  }
  if (Array.isArray(value)) {
    return value.length === 0
      ? { text: '—', muted: true }
      : {
          text: value.map((item) => (typeof item === 'string' ? item : JSON.stringify(item))).join('\n'),
          multiline: true,
        };
  }
  if (typeof value === 'string') return { text: value, multiline: value.includes('\n') };
  if (typeof value === 'number') return { text: String(value) };
  return { text: JSON.stringify(value), mono: true };
}

/** The methods that write (and so appear in the trail), for the "perintah" suggestions. */
export const WRITE_METHODS: readonly string[] = Object.entries(contract)
  .filter(([, spec]) => spec.effect !== 'read')
  .map(([name]) => name)
  .sort();

/** The first characters of a hash: enough to tell entries apart on screen. */
export function shortHash(hash: string): string {
  return hash.slice(0, 12);
}
