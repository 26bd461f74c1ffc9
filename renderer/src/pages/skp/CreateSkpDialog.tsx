import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { APPROACHES, APPROACH_LABELS, DEFAULT_APPROACH, type Approach } from '../../../../shared/domain/skp';
import type { YearDto } from '../../../../shared/ipc/methods/years';
import { rpc } from '../../api/client';
import { invalidateQueries } from '../../api/hooks';
import { ErrorBanner } from '../../components/Banner';
import { Dialog } from '../../components/Dialog';
import { editorNotice, sentence } from './notice';

export interface CreateTarget {
  employeeId: number;
  fullName: string;
  positionName: string;
}

const APPROACH_HINTS: Readonly<Record<Approach, string>> = {
  KUANTITATIF:
    'IKI dengan aspek kuantitas, kualitas, waktu (dan biaya) serta target angka. Lazim untuk semua jabatan.',
  KUALITATIF: 'Ukuran keberhasilan ditulis dalam indikator, tanpa aspek dan target angka.',
};

function CreateForm({
  target,
  year,
  previousYear,
  onClose,
}: {
  target: CreateTarget;
  year: YearDto;
  previousYear: YearDto | undefined;
  onClose: () => void;
}) {
  const navigate = useNavigate();
  const radioName = useId();
  const [start, setStart] = useState<'EMPTY' | 'COPY'>(previousYear ? 'COPY' : 'EMPTY');
  const [approach, setApproach] = useState<Approach>(DEFAULT_APPROACH);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setPending(true);
    if (start === 'COPY') {
      const result = await rpc('skp.copyFromPreviousYear', {
        employeeId: target.employeeId,
        yearId: year.id,
      });
      setPending(false);
      if (!result.ok) return setError(result.error.message);
      invalidateQueries();
      const c = result.data.copied;
      const unlinked =
        c.unlinked > 0
          ? ` ${c.unlinked} RHK utama belum menginduk RHK atasan tahun ${year.year}: pilih ulang RHK atasannya.`
          : '';
      navigate(`/skp/${result.data.skp.id}`, {
        state: editorNotice(
          `SKP ${year.year} dibuat dari SKP ${c.fromYear}: ${c.rhk} RHK dan ${c.iki} IKI disalin.${unlinked}`,
        ),
      });
      return;
    }
    const result = await rpc('skp.create', { employeeId: target.employeeId, yearId: year.id, approach });
    setPending(false);
    if (!result.ok) return setError(result.error.message);
    invalidateQueries();
    navigate(`/skp/${result.data.id}`, {
      state: editorNotice(sentence(`SKP ${year.year} ${target.fullName} dibuat`)),
    });
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="form-stack" aria-label="Buat SKP">
      <p>
        <strong>{target.fullName}</strong>
        <br />
        <span className="meta-line">{target.positionName}</span>
      </p>
      <ErrorBanner message={error} />
      <fieldset className="field radio-field">
        <legend className="field-label-row">
          <span className="field-label">Mulai dari</span>
        </legend>
        <div className="radio-group">
          <label className="radio">
            <input
              type="radio"
              name={`${radioName}-start`}
              checked={start === 'COPY'}
              disabled={!previousYear}
              onChange={() => setStart('COPY')}
              data-testid="create-start-copy"
            />
            <span>
              <strong>Salin dari SKP tahun {year.year - 1}</strong>
              <span className="radio-hint">
                {previousYear
                  ? 'RHK, IKI beserta targetnya, dan lampiran disalin; RHK atasan dicocokkan dengan SKP atasan tahun ini.'
                  : `Tahun penilaian ${year.year - 1} tidak ada di SIPKA.`}
              </span>
            </span>
          </label>
          <label className="radio">
            <input
              type="radio"
              name={`${radioName}-start`}
              checked={start === 'EMPTY'}
              onChange={() => setStart('EMPTY')}
              data-testid="create-start-empty"
            />
            <span>
              <strong>SKP kosong</strong>
              <span className="radio-hint">RHK dan IKI diisi di halaman SKP.</span>
            </span>
          </label>
        </div>
      </fieldset>
      {start === 'EMPTY' && (
        <fieldset className="field radio-field">
          <legend className="field-label-row">
            <span className="field-label">Pendekatan</span>
          </legend>
          <div className="radio-group">
            {APPROACHES.map((value) => (
              <label key={value} className="radio">
                <input
                  type="radio"
                  name={`${radioName}-approach`}
                  checked={approach === value}
                  onChange={() => setApproach(value)}
                />
                <span>
                  <strong>{APPROACH_LABELS[value]}</strong>
                  <span className="radio-hint">{APPROACH_HINTS[value]}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <p className="field-hint">
        SKP mencakup 1 Januari s.d. 31 Desember {year.year}; tanggal dapat diubah di halaman SKP (mis. karena
        mutasi).
      </p>
      <div className="dialog-actions">
        <button type="button" className="btn btn-secondary" onClick={onClose}>
          Batal
        </button>
        <button type="submit" className="btn btn-primary" disabled={pending} data-testid="skp-create-save">
          {pending ? 'Menyimpan…' : 'Buat SKP'}
        </button>
      </div>
    </form>
  );
}

export function CreateSkpDialog({
  target,
  year,
  years,
  onClose,
}: {
  target: CreateTarget | null;
  year: YearDto | undefined;
  years: readonly YearDto[];
  onClose: () => void;
}) {
  const previousYear = year ? years.find((y) => y.year === year.year - 1) : undefined;
  return (
    <Dialog
      open={target !== null && year !== undefined}
      title={`Buat SKP ${year?.year ?? ''}`}
      onClose={onClose}
    >
      {target && year && (
        <CreateForm target={target} year={year} previousYear={previousYear} onClose={onClose} />
      )}
    </Dialog>
  );
}
