import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { FormProvider, useForm, useWatch, type Control } from 'react-hook-form';
import type { z } from 'zod';
import {
  ORG_RATING_LABELS,
  PREDIKAT_LABELS,
  RATINGS,
  RATING_LABELS,
  predikatKinerja,
  type Predikat,
} from '../../../../shared/domain/predikat';
import {
  EXCLUSION_REASON_LABELS,
  rateInput,
  type EvaluationScreen,
} from '../../../../shared/ipc/methods/evaluation';
import { useMutation } from '../../api/hooks';
import { ErrorBanner } from '../../components/Banner';
import { applyServerError, RadioGroupField, TextAreaField } from '../../components/form';
import { formatShortTimestamp } from '../../lib/format';
import { ExcludeControl } from './ExcludeControl';
import { PredikatChip } from './labels';

const ratingFields = rateInput.pick({ ratingHasil: true, ratingPerilaku: true, note: true });
type Values = z.input<typeof ratingFields>;
type Parsed = z.output<typeof ratingFields>;
const FIELDS = ['ratingHasil', 'ratingPerilaku', 'note'] as const;

const ON_BEHALF_NOTE =
  'Tulis catatan atas nama pejabat penilai: siapa pejabat penilainya dan dasar penilaian ini (mis. lembar penilaian bertanda tangan).';

function schemaFor(onBehalf: boolean) {
  return onBehalf
    ? ratingFields.refine((v) => v.note.trim() !== '', { path: ['note'], message: ON_BEHALF_NOTE })
    : ratingFields;
}

const HASIL_OPTIONS = RATINGS.map((r) => ({ value: r, label: RATING_LABELS[r] }));
const PERILAKU_OPTIONS = HASIL_OPTIONS;

/** The predikat as the two ratings now chosen give it, before anything is saved. */
function LivePredikat({ control }: { control: Control<Values, unknown, Parsed> }) {
  const [hasil, perilaku] = useWatch({ control, name: ['ratingHasil', 'ratingPerilaku'] });
  const predikat: Predikat | null = hasil && perilaku ? predikatKinerja(hasil, perilaku) : null;
  return (
    <div
      className="predikat-live"
      data-testid="predikat-live"
      data-predikat={predikat ?? ''}
      aria-live="polite"
    >
      <span className="predikat-live-label">Predikat kinerja</span>
      {predikat ? (
        <PredikatChip predikat={predikat} testId="predikat-live-chip" />
      ) : (
        <span className="muted">Pilih kedua rating</span>
      )}
    </div>
  );
}

function MatrixHelp() {
  const cols = ['DI_BAWAH', 'SESUAI', 'DI_ATAS'] as const;
  return (
    <details className="shortcut-hint matrix-help">
      <summary>Bagaimana predikat ditentukan</summary>
      <table className="predikat-matrix">
        <caption className="visually-hidden">Matriks predikat kinerja</caption>
        <thead>
          <tr>
            <th scope="col">Hasil ↓ · Perilaku →</th>
            {cols.map((c) => (
              <th key={c} scope="col">
                {RATING_LABELS[c].replace(' ekspektasi', '')}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {(['DI_ATAS', 'SESUAI', 'DI_BAWAH'] as const).map((row) => (
            <tr key={row}>
              <th scope="row">{RATING_LABELS[row].replace(' ekspektasi', '')}</th>
              {cols.map((c) => (
                <td key={c}>{PREDIKAT_LABELS[predikatKinerja(row, c)]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p>Tidak ada rumus: pejabat penilai memilih kedua rating, predikat mengikuti matriks ini.</p>
    </details>
  );
}

interface RatingPanelProps {
  screen: EvaluationScreen;
  onDirty: (dirty: boolean) => void;
  onSaved: (message: string) => void;
}

/** Both ratings with an optional note; an ADMIN rating for the pejabat penilai must say so in the note. */
export function RatingPanel({ screen, onDirty, onSaved }: RatingPanelProps) {
  const { evaluation, sheet, can } = screen;
  const onBehalf = can.rateOnBehalf;
  const form = useForm<Values, unknown, Parsed>({
    resolver: zodResolver(schemaFor(onBehalf)),
    defaultValues: {
      ratingHasil: evaluation.ratingHasil ?? screen.ratingHasilFromOrg ?? undefined,
      ratingPerilaku: evaluation.ratingPerilaku ?? undefined,
      note: evaluation.note,
    },
  });
  const rate = useMutation('evaluation.rate');
  const [banner, setBanner] = useState<string | null>(null);
  const locked = sheet.lock?.reason === 'FINALISED' || sheet.lock?.reason === 'YEAR_CLOSED';
  const excluded = evaluation.excludedReason !== null;
  const mayRate = (can.rate || can.rateOnBehalf) && !locked && !excluded;

  const submit = form.handleSubmit(async (values) => {
    setBanner(null);
    const result = await rate.run({
      skpId: sheet.skpId,
      periodId: sheet.period.id,
      version: evaluation.version,
      ...values,
    });
    if (!result.ok) {
      setBanner(applyServerError(form.setError, result.error, FIELDS, ''));
      return;
    }
    onDirty(false);
    const predikat = result.data.evaluation.predikat;
    onSaved(
      `Penilaian ${sheet.employee.fullName} tersimpan${predikat ? `: predikat ${PREDIKAT_LABELS[predikat]}` : ''}.`,
    );
  });

  return (
    <section className="card rating-panel" aria-labelledby="rating-title" data-testid="rating-panel">
      <h2 id="rating-title">Penilaian {sheet.period.shortLabel}</h2>
      {evaluation.ratedAt && evaluation.ratedBy && (
        <p className="rating-meta" data-testid="rating-meta">
          Dinilai oleh {evaluation.ratedBy}
          {evaluation.ratedOnBehalfOf ? ` atas nama ${evaluation.ratedOnBehalfOf}` : ''} ·{' '}
          {formatShortTimestamp(evaluation.ratedAt)}
        </p>
      )}
      {screen.ratingHasilFromOrg && (
        <p className="rating-org-note">
          Kepala unit: rating hasil kerja mengikuti capaian kinerja organisasi
          {screen.orgRating ? ` (${ORG_RATING_LABELS[screen.orgRating.rating]})` : ''}, yaitu{' '}
          <strong>{RATING_LABELS[screen.ratingHasilFromOrg].toLowerCase()}</strong>.
        </p>
      )}
      {excluded && evaluation.excludedReason && (
        <p className="rating-org-note is-excluded">
          Tidak dinilai pada periode ini: dikecualikan (
          {EXCLUSION_REASON_LABELS[evaluation.excludedReason].toLowerCase()}).
        </p>
      )}
      {!can.rate && !can.rateOnBehalf && !locked && !excluded && (
        <p className="rating-org-note">
          Rating diberikan oleh pejabat penilai {sheet.appraiser ? `(${sheet.appraiser.fullName})` : ''};
          admin kepegawaian dapat merekamnya atas nama pejabat penilai.
        </p>
      )}
      <FormProvider {...form}>
        <form
          onSubmit={submit}
          onChange={() => onDirty(true)}
          noValidate
          className="form-stack"
          aria-label="Rating kinerja"
        >
          <fieldset className="plain-fieldset" disabled={!mayRate}>
            <div className="form-stack">
              <RadioGroupField
                name="ratingHasil"
                label="Rating hasil kerja"
                options={HASIL_OPTIONS}
                required
                testIdPrefix="rating-hasil"
              />
              <RadioGroupField
                name="ratingPerilaku"
                label="Rating perilaku kerja"
                options={PERILAKU_OPTIONS}
                required
                testIdPrefix="rating-perilaku"
              />
              <LivePredikat control={form.control} />
              <TextAreaField
                name="note"
                label={onBehalf ? 'Catatan atas nama pejabat penilai' : 'Catatan (boleh kosong)'}
                required={onBehalf}
                rows={onBehalf ? 3 : 2}
                hint={
                  onBehalf
                    ? 'Anda merekam rating sebagai admin kepegawaian atas nama pejabat penilai: catatan wajib diisi.'
                    : undefined
                }
              />
            </div>
          </fieldset>
          <ErrorBanner message={banner} />
          {mayRate && (
            <button
              type="submit"
              className="btn btn-primary"
              disabled={rate.pending}
              data-testid="rating-save"
            >
              {rate.pending
                ? 'Menyimpan…'
                : evaluation.version === 0
                  ? 'Simpan penilaian'
                  : 'Simpan perubahan'}
            </button>
          )}
        </form>
      </FormProvider>
      <MatrixHelp />
      {can.exclude && <ExcludeControl screen={screen} locked={locked} onSaved={onSaved} />}
    </section>
  );
}
