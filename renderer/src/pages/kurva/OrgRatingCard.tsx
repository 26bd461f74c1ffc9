import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { KURVA_RULE_SUMMARY } from '../../../../shared/domain/kurva';
import { ORG_RATINGS, ORG_RATING_LABELS } from '../../../../shared/domain/predikat';
import { orgRatingInput, type KurvaView } from '../../../../shared/ipc/methods/evaluation';
import { useMutation } from '../../api/hooks';
import { ErrorBanner } from '../../components/Banner';
import {
  applyServerError,
  DateField,
  RadioGroupField,
  TextAreaField,
  TextField,
} from '../../components/form';
import { dateOrDash, formatShortTimestamp } from '../../lib/format';

type Values = z.input<typeof orgRatingInput>;
type Parsed = z.output<typeof orgRatingInput>;
const FIELDS = ['rating', 'sourceNumber', 'sourceDate', 'note'] as const;
const OPTIONS = ORG_RATINGS.map((r) => ({
  value: r,
  label: ORG_RATING_LABELS[r],
  hint: KURVA_RULE_SUMMARY[r],
}));

function OrgRatingForm({
  view,
  unitId,
  onDone,
  onCancel,
}: {
  view: KurvaView;
  unitId: number | null;
  onDone: () => void;
  onCancel: (() => void) | null;
}) {
  const current = view.orgRating;
  const form = useForm<Values, unknown, Parsed>({
    resolver: zodResolver(orgRatingInput),
    defaultValues: {
      periodId: view.period.id,
      unitId,
      version: current?.version ?? 0,
      rating: current?.rating,
      sourceNumber: current?.sourceNumber ?? '',
      sourceDate: current?.sourceDate ?? '',
      note: current?.note ?? '',
    },
  });
  const save = useMutation('orgRating.set');
  const [banner, setBanner] = useState<string | null>(null);
  const submit = form.handleSubmit(async (values) => {
    setBanner(null);
    const result = await save.run(values);
    if (!result.ok) setBanner(applyServerError(form.setError, result.error, FIELDS, ''));
    else onDone();
  });
  return (
    <FormProvider {...form}>
      <form onSubmit={submit} noValidate className="form-stack" aria-label="Capaian kinerja organisasi">
        <ErrorBanner message={banner} />
        <RadioGroupField
          name="rating"
          label="Capaian kinerja organisasi"
          options={OPTIONS}
          required
          testIdPrefix="org-rating"
        />
        <div className="form-grid form-grid-2">
          <TextField
            name="sourceNumber"
            label="Nomor penetapan"
            required
            placeholder="Mis. 800/1234/436.7.11/2026"
            autoComplete="off"
          />
          <DateField name="sourceDate" label="Tanggal penetapan" required />
        </div>
        <TextAreaField name="note" label="Catatan (boleh kosong)" rows={2} />
        <div className="form-actions">
          <button
            type="submit"
            className="btn btn-primary"
            disabled={save.pending}
            data-testid="org-rating-save"
          >
            {save.pending ? 'Menyimpan…' : 'Simpan capaian organisasi'}
          </button>
          {onCancel && (
            <button type="button" className="btn btn-secondary" onClick={onCancel}>
              Batal
            </button>
          )}
        </div>
      </form>
    </FormProvider>
  );
}

/** The organisation's own rating, set by its superior, that decides which kurva rules apply. */
export function OrgRatingCard({
  view,
  unitId,
  canEdit,
  onSaved,
}: {
  view: KurvaView;
  unitId: number | null;
  canEdit: boolean;
  onSaved: (message: string) => void;
}) {
  const [editing, setEditing] = useState(false);
  const current = view.orgRating;
  const showForm = canEdit && (editing || current === null);
  return (
    <section className="card" aria-labelledby="org-rating-title" data-testid="org-rating-card">
      <div className="skp-section-head">
        <h2 id="org-rating-title">Capaian kinerja organisasi</h2>
        {canEdit && current && !editing && (
          <button
            type="button"
            className="btn btn-secondary btn-small"
            onClick={() => setEditing(true)}
            data-testid="org-rating-edit"
          >
            Ubah
          </button>
        )}
      </div>
      {current && !showForm && (
        <dl className="dl-grid org-rating-summary">
          <div className="dl-item">
            <dt>Capaian</dt>
            <dd>
              <strong data-testid="org-rating-value">{ORG_RATING_LABELS[current.rating]}</strong>
            </dd>
          </div>
          <div className="dl-item">
            <dt>Penetapan</dt>
            <dd>
              {current.sourceNumber} · {dateOrDash(current.sourceDate)}
            </dd>
          </div>
          <div className="dl-item dl-span">
            <dt>Aturan kurva yang berlaku</dt>
            <dd>{KURVA_RULE_SUMMARY[current.rating]}</dd>
          </div>
          {current.note && (
            <div className="dl-item dl-span">
              <dt>Catatan</dt>
              <dd>{current.note}</dd>
            </div>
          )}
          <p className="meta-line dl-span">
            Direkam oleh {current.recordedBy} · {formatShortTimestamp(current.recordedAt)}
          </p>
        </dl>
      )}
      {!current && !canEdit && (
        <p className="muted">
          Belum ditetapkan. Admin kepegawaian merekam capaian kinerja organisasi dari penetapan atasan
          kecamatan; tanpa itu kurva belum dapat diperiksa.
        </p>
      )}
      {showForm && (
        <>
          {!current && (
            <p className="card-note">
              Rekam capaian kinerja organisasi sesuai penetapan atasan kecamatan: aturan kurva mengikutinya.
            </p>
          )}
          <OrgRatingForm
            view={view}
            unitId={unitId}
            onCancel={current ? () => setEditing(false) : null}
            onDone={() => {
              setEditing(false);
              onSaved('Capaian kinerja organisasi tersimpan.');
            }}
          />
        </>
      )}
    </section>
  );
}
