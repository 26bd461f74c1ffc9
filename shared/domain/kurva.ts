import { PREDIKAT_LABELS, type OrgRating, type Predikat, PREDIKATS } from './predikat';

/**
 * Kurva distribusi (SE MenPANRB 3/2023, domain.md §5): how the predikat of the pegawai evaluated in a unit may
 * spread, given the organisation's own rating. A guideline for the leader: a violation blocks finalisation unless
 * an authorised user records a written reason.
 *
 * Decisions (domain.md §5): "at most p %" is count ≤ floor(p·n); "at least p %" is count ≥ ceil(p·n); "harus ada"
 * is ≥ 1. "Sebagian besar" means the group is at least as large as every other one (a tie for first counts):
 * a strict reading would make org rating Baik unsatisfiable for two pegawai.
 */

export type PredikatCounts = Record<Predikat, number>;

export const KURVA_RULE_CODES = [
  'SANGAT_BAIK_NOT_LARGEST',
  'SANGAT_BAIK_ABOVE_MAX',
  'BAIK_NOT_LARGEST',
  'BAIK_ABOVE_MAX',
  'BUTUH_PERBAIKAN_OR_KURANG_MISSING',
  'BUTUH_PERBAIKAN_BELOW_MIN',
  'KURANG_BELOW_MIN',
  'SANGAT_KURANG_BELOW_MIN',
  'KURANG_AND_BUTUH_PERBAIKAN_BELOW_MIN',
  'SANGAT_BAIK_NOT_ALLOWED',
] as const;
export type KurvaRuleCode = (typeof KURVA_RULE_CODES)[number];

export interface KurvaViolation {
  code: KurvaRuleCode;
  message: string;
  /** The count the rule needs, as "≤ 3", "≥ 1" or "terbanyak". */
  required: string;
  actual: number;
}

/** The allowed count of one predikat's bar for the chart: null where the rule sets no bound. */
export interface KurvaBound {
  min: number | null;
  max: number | null;
}

export function totalCount(counts: PredikatCounts): number {
  return PREDIKATS.reduce((sum, p) => sum + counts[p], 0);
}

function atMost(percent: number, n: number): number {
  return Math.floor((percent * n) / 100);
}

function atLeast(percent: number, n: number): number {
  return Math.ceil((percent * n) / 100);
}

function isLargest(counts: PredikatCounts, predikat: Predikat): boolean {
  return PREDIKATS.every((other) => counts[other] <= counts[predikat]);
}

function label(p: Predikat): string {
  return PREDIKAT_LABELS[p];
}

interface Rule {
  code: KurvaRuleCode;
  /** The one predikat whose bar the rule bounds (none for "terbanyak" and for rules over two predikat). */
  bar?: Predikat;
  actual: (c: PredikatCounts) => number;
  /** The required count for n pegawai; null for "sebagian besar". */
  bound: (n: number) => { op: '≤' | '≥'; value: number } | null;
  holds: (c: PredikatCounts, n: number) => boolean;
  message: (n: number) => string;
}

function largest(p: Predikat, code: KurvaRuleCode): Rule {
  return {
    code,
    actual: (c) => c[p],
    bound: () => null,
    holds: (c) => isLargest(c, p),
    message: () => `${label(p)} harus menjadi kelompok terbanyak (sebagian besar pegawai).`,
  };
}

function maxPercent(p: Predikat, percent: number, code: KurvaRuleCode): Rule {
  return {
    code,
    bar: p,
    actual: (c) => c[p],
    bound: (n) => ({ op: '≤', value: atMost(percent, n) }),
    holds: (c, n) => c[p] <= atMost(percent, n),
    message: (n) => `${label(p)} paling banyak ${percent} % (${atMost(percent, n)} dari ${n} pegawai).`,
  };
}

function minPercent(p: Predikat, percent: number, code: KurvaRuleCode): Rule {
  return {
    code,
    bar: p,
    actual: (c) => c[p],
    bound: (n) => ({ op: '≥', value: atLeast(percent, n) }),
    holds: (c, n) => c[p] >= atLeast(percent, n),
    message: (n) => `${label(p)} paling sedikit ${percent} % (${atLeast(percent, n)} dari ${n} pegawai).`,
  };
}

const RULES: Readonly<Record<OrgRating, readonly Rule[]>> = {
  ISTIMEWA: [
    largest('SANGAT_BAIK', 'SANGAT_BAIK_NOT_LARGEST'),
    maxPercent('SANGAT_BAIK', 70, 'SANGAT_BAIK_ABOVE_MAX'),
  ],
  BAIK: [
    largest('BAIK', 'BAIK_NOT_LARGEST'),
    maxPercent('BAIK', 70, 'BAIK_ABOVE_MAX'),
    {
      code: 'BUTUH_PERBAIKAN_OR_KURANG_MISSING',
      actual: (c) => c.BUTUH_PERBAIKAN + c.KURANG,
      bound: () => ({ op: '≥', value: 1 }),
      holds: (c) => c.BUTUH_PERBAIKAN + c.KURANG >= 1,
      message: () =>
        `Harus ada paling sedikit 1 pegawai dengan predikat Butuh Perbaikan atau Kurang/Misconduct.`,
    },
  ],
  BUTUH_PERBAIKAN: [
    minPercent('BUTUH_PERBAIKAN', 60, 'BUTUH_PERBAIKAN_BELOW_MIN'),
    maxPercent('SANGAT_BAIK', 10, 'SANGAT_BAIK_ABOVE_MAX'),
  ],
  KURANG: [
    minPercent('KURANG', 60, 'KURANG_BELOW_MIN'),
    minPercent('BUTUH_PERBAIKAN', 10, 'BUTUH_PERBAIKAN_BELOW_MIN'),
    maxPercent('SANGAT_BAIK', 10, 'SANGAT_BAIK_ABOVE_MAX'),
  ],
  SANGAT_KURANG: [
    minPercent('SANGAT_KURANG', 60, 'SANGAT_KURANG_BELOW_MIN'),
    {
      code: 'KURANG_AND_BUTUH_PERBAIKAN_BELOW_MIN',
      actual: (c) => c.KURANG + c.BUTUH_PERBAIKAN,
      bound: (n) => ({ op: '≥', value: atLeast(10, n) }),
      holds: (c, n) => c.KURANG + c.BUTUH_PERBAIKAN >= atLeast(10, n),
      message: (n) =>
        `Kurang/Misconduct dan Butuh Perbaikan bersama paling sedikit 10 % (${atLeast(10, n)} dari ${n} pegawai).`,
    },
    {
      code: 'SANGAT_BAIK_NOT_ALLOWED',
      bar: 'SANGAT_BAIK',
      actual: (c) => c.SANGAT_BAIK,
      bound: () => ({ op: '≤', value: 0 }),
      holds: (c) => c.SANGAT_BAIK === 0,
      message: () => `Tidak boleh ada pegawai dengan predikat Sangat Baik.`,
    },
  ],
};

/**
 * The rules of the kurva that the counts break, in the order the SE lists them; an empty list when all hold or
 * when nobody was evaluated.
 */
export function checkKurvaDistribusi(orgRating: OrgRating, counts: PredikatCounts): KurvaViolation[] {
  const n = totalCount(counts);
  if (n === 0) return [];
  return RULES[orgRating]
    .filter((rule) => !rule.holds(counts, n))
    .map((rule) => {
      const bound = rule.bound(n);
      return {
        code: rule.code,
        message: rule.message(n),
        required: bound === null ? 'terbanyak' : `${bound.op} ${bound.value}`,
        actual: rule.actual(counts),
      };
    });
}

/** The band each predikat's bar may occupy for n pegawai: what the chart draws beside the actual counts. */
export function kurvaBand(orgRating: OrgRating, n: number): Record<Predikat, KurvaBound> {
  const band = Object.fromEntries(PREDIKATS.map((p) => [p, { min: null, max: null }])) as Record<
    Predikat,
    KurvaBound
  >;
  for (const rule of RULES[orgRating]) {
    const bound = rule.bound(n);
    if (rule.bar === undefined || bound === null) continue;
    band[rule.bar] = { ...band[rule.bar], [bound.op === '≤' ? 'max' : 'min']: bound.value };
  }
  return band;
}

/** A plain-language summary of the rule set for an org rating, for the kurva page and the recap. */
export const KURVA_RULE_SUMMARY: Readonly<Record<OrgRating, string>> = {
  ISTIMEWA: 'Sebagian besar (paling banyak 70 %) Sangat Baik.',
  BAIK: 'Sebagian besar (paling banyak 70 %) Baik; harus ada Butuh Perbaikan dan/atau Kurang/Misconduct.',
  BUTUH_PERBAIKAN: 'Paling sedikit 60 % Butuh Perbaikan; Sangat Baik paling banyak 10 %.',
  KURANG: 'Paling sedikit 60 % Kurang/Misconduct dan 10 % Butuh Perbaikan; Sangat Baik paling banyak 10 %.',
  SANGAT_KURANG:
    'Paling sedikit 60 % Sangat Kurang; Kurang/Misconduct dan/atau Butuh Perbaikan paling sedikit 10 %; tidak ada Sangat Baik.',
};
