import { useRef, type ChangeEvent } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import {
  EVIDENCE_MAX_MB_DEFAULT,
  EVIDENCE_MAX_MB_LIMIT,
  type OfficeSettingsInput,
  type SettingsDto,
} from '../../../../shared/ipc/methods/settings';
import { FieldShell, TextAreaField, TextField, useFieldIds } from '../../components/form';

export const LETTERHEAD_LINES = 6;
const LOGO_MAX_BYTES = 500 * 1024;

export const OFFICE_FIELDS = [
  'instansiName',
  'officeName',
  'cityName',
  'address',
  'letterheadLines',
  'placeName',
  'logoDataUrl',
  'phone',
  'email',
  'idleLockMinutes',
  'evidenceMaxMb',
] as const satisfies readonly (keyof OfficeSettingsInput)[];

/** Form values from stored settings: the letterhead always has its six inputs, empty ones dropped on save. */
export function officeDefaults(settings: Partial<SettingsDto>): OfficeSettingsInput {
  const lines = settings.letterheadLines ?? [];
  return {
    instansiName: settings.instansiName ?? '',
    officeName: settings.officeName ?? '',
    cityName: settings.cityName ?? '',
    address: settings.address ?? '',
    letterheadLines: Array.from({ length: LETTERHEAD_LINES }, (_, i) => lines[i] ?? ''),
    placeName: settings.placeName ?? '',
    logoDataUrl: settings.logoDataUrl ?? null,
    phone: settings.phone ?? '',
    email: settings.email ?? '',
    idleLockMinutes: settings.idleLockMinutes ?? 15,
    evidenceMaxMb: settings.evidenceMaxMb ?? EVIDENCE_MAX_MB_DEFAULT,
  };
}

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => (typeof reader.result === 'string' ? resolve(reader.result) : reject(new Error()));
    reader.onerror = () => reject(reader.error ?? new Error());
    reader.readAsDataURL(file);
  });
}

function LogoField() {
  const { control, setValue, setError, clearErrors } = useFormContext<OfficeSettingsInput>();
  const logo = useWatch({ control, name: 'logoDataUrl' });
  const ids = useFieldIds('logoDataUrl', true);
  const fileInput = useRef<HTMLInputElement>(null);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.type !== 'image/png' && file.type !== 'image/jpeg') {
      setError('logoDataUrl', { type: 'file', message: 'Logo harus berkas PNG atau JPEG.' });
      return;
    }
    if (file.size > LOGO_MAX_BYTES) {
      setError('logoDataUrl', { type: 'file', message: 'Logo terlalu besar (paling besar sekitar 500 KB).' });
      return;
    }
    try {
      clearErrors('logoDataUrl');
      setValue('logoDataUrl', await readAsDataUrl(file), { shouldDirty: true, shouldValidate: true });
    } catch {
      setError('logoDataUrl', { type: 'file', message: 'Berkas logo tidak dapat dibaca.' });
    }
  };

  return (
    <FieldShell
      name="logoDataUrl"
      label="Logo instansi"
      ids={ids}
      hint="PNG atau JPEG, paling besar sekitar 500 KB."
    >
      <div className="logo-field">
        <div className="logo-preview">
          {logo ? (
            <img src={logo} alt="Pratinjau logo" />
          ) : (
            <span className="logo-empty">Belum ada logo</span>
          )}
        </div>
        <div className="logo-actions">
          <input
            ref={fileInput}
            id={ids.inputId}
            name="logoDataUrl"
            type="file"
            accept="image/png,image/jpeg"
            className="visually-hidden file-input"
            aria-invalid={ids.error ? true : undefined}
            aria-describedby={ids.describedBy}
            onChange={(event) => void onFile(event)}
          />
          {/* The native control's text follows the browser's language; this button is always Indonesian. */}
          <label htmlFor={ids.inputId} className="btn btn-secondary btn-small file-button">
            {logo ? 'Ganti logo…' : 'Pilih berkas logo…'}
          </label>
          {logo && (
            <button
              type="button"
              className="btn btn-link btn-small"
              onClick={() => {
                setValue('logoDataUrl', null, { shouldDirty: true });
                clearErrors('logoDataUrl');
                fileInput.current?.focus();
              }}
            >
              Hapus logo
            </button>
          )}
        </div>
      </div>
    </FieldShell>
  );
}

/** The office settings, shared by the Pengaturan page and the first-run wizard. */
export function OfficeFields({ showSecurity = false }: { showSecurity?: boolean }) {
  return (
    <>
      <fieldset className="card form-section">
        <legend className="card-title">Identitas kantor</legend>
        <div className="form-grid">
          <TextField
            name="instansiName"
            label="Nama instansi"
            required
            placeholder="Pemerintah Kota Surabaya"
            fieldClassName="span-2"
          />
          <TextField name="cityName" label="Kota/kabupaten" required placeholder="Kota Surabaya" />
          <TextField name="officeName" label="Nama kecamatan" required placeholder="Kecamatan Gayungan" />
          <TextField
            name="placeName"
            label="Tempat penandatanganan"
            required
            hint="Dicetak sebelum tanggal tanda tangan, misalnya “Surabaya, 31 Desember 2026”."
          />
          <TextField name="phone" label="Telepon" type="tel" autoComplete="off" />
          <div className="span-2">
            <TextAreaField name="address" label="Alamat kantor" required rows={2} />
          </div>
          <TextField name="email" label="Surel" type="email" autoComplete="off" />
        </div>
      </fieldset>
      <fieldset className="card form-section">
        <legend className="card-title">Kop surat</legend>
        <p className="card-note">
          Baris-baris kop dicetak di tengah bagian atas dokumen. Baris kosong dilewati.
        </p>
        <div className="letterhead-grid">
          <div className="letterhead-lines">
            {Array.from({ length: LETTERHEAD_LINES }, (_, i) => (
              <TextField
                key={i}
                name={`letterheadLines.${i}`}
                label={`Baris kop ${i + 1}`}
                autoComplete="off"
              />
            ))}
          </div>
          <LogoField />
        </div>
      </fieldset>
      {showSecurity && (
        <fieldset className="card form-section">
          <legend className="card-title">Keamanan</legend>
          <div className="form-grid">
            <TextField
              name="idleLockMinutes"
              label="Kunci layar setelah tidak digunakan (menit)"
              type="number"
              min={1}
              max={240}
              inputMode="numeric"
              required
              registerOptions={{ valueAsNumber: true }}
              hint="Setelah selama ini tanpa kegiatan, pengguna diminta memasukkan kata sandi lagi."
              fieldClassName="span-2"
            />
          </div>
        </fieldset>
      )}
      {showSecurity && (
        <fieldset className="card form-section">
          <legend className="card-title">Bukti dukung</legend>
          <div className="form-grid">
            <TextField
              name="evidenceMaxMb"
              label="Batas ukuran berkas bukti dukung (MB)"
              type="number"
              min={1}
              max={EVIDENCE_MAX_MB_LIMIT}
              inputMode="numeric"
              required
              registerOptions={{ valueAsNumber: true }}
              hint={`Berkas yang lebih besar ditolak saat diunggah. Paling besar ${EVIDENCE_MAX_MB_LIMIT} MB.`}
              fieldClassName="span-2"
            />
          </div>
        </fieldset>
      )}
    </>
  );
}
