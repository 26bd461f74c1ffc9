import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import {
  backupRestoreInput,
  type BackupInspection,
  type BackupManifestInfo,
  type BackupRestored,
} from '../../../../shared/ipc/methods/backup';
import { rpc } from '../../api/client';
import { invalidateQueries } from '../../api/hooks';
import { Banner, ErrorBanner } from '../../components/Banner';
import { Dialog } from '../../components/Dialog';
import { applyServerError, TextField } from '../../components/form';
import { formatCount, formatTimestamp } from '../../lib/format';
import { baseName, formatBytes, KIND_LABELS } from './backupFormat';
import { restoredState } from './BackupReminder';
import { ProgressView } from './ProgressView';
import { useBackupProgress } from './useBackupProgress';

type Values = z.input<typeof backupRestoreInput>;
type Parsed = z.output<typeof backupRestoreInput>;

const FIELDS = ['passphrase', 'confirmOfficeName'];

export function confirmMessage(officeName: string): string {
  return `Ketik nama kantor persis seperti tercatat di cadangan: ${officeName}`;
}

/** The backend's own checks, run first in the browser so the common slips are caught before any work. */
function restoreSchema(manifest: BackupManifestInfo) {
  return backupRestoreInput.superRefine((values, ctx) => {
    if (manifest.encrypted && values.passphrase === '') {
      ctx.addIssue({
        code: 'custom',
        path: ['passphrase'],
        message: 'Cadangan ini terenkripsi: masukkan frasa sandinya.',
      });
    }
    if (values.confirmOfficeName !== manifest.officeName) {
      ctx.addIssue({
        code: 'custom',
        path: ['confirmOfficeName'],
        message: confirmMessage(manifest.officeName),
      });
    }
  });
}

export function restoredNotice(restored: BackupRestored): string {
  const migrated =
    restored.appliedMigrations > 0 ? ' Basis data cadangan sudah diperbarui ke versi SIPKA ini.' : '';
  return (
    `Data telah dipulihkan dari ${restored.fileName} (cadangan ${formatTimestamp(restored.createdAt)}).` +
    `${migrated} Data sebelum pemulihan disimpan sebagai ${baseName(restored.safetyBackup)} di folder cadangan SIPKA.`
  );
}

function Fact({ label, children, wide }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <div className={`dl-item${wide ? ' dl-span' : ''}`}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function ManifestFacts({ inspection }: { inspection: BackupInspection }) {
  const { manifest } = inspection;
  const { counts } = manifest;
  return (
    <dl className="dl-grid dl-grid-3" data-testid="restore-manifest">
      <Fact label="Berkas" wide>
        <span className="code">{inspection.fileName}</span> ({formatBytes(inspection.sizeBytes)})
      </Fact>
      <Fact label="Dibuat">{formatTimestamp(manifest.createdAt)}</Fact>
      <Fact label="Kantor">{manifest.officeName || '—'}</Fact>
      <Fact label="Instansi">{manifest.instansiName || '—'}</Fact>
      <Fact label="Jenis">{KIND_LABELS[manifest.kind]}</Fact>
      <Fact label="Enkripsi">
        {manifest.encrypted ? (
          <span className="badge badge-info">Terenkripsi</span>
        ) : (
          <span className="badge badge-muted">Tidak terenkripsi</span>
        )}
      </Fact>
      <Fact label="Versi">
        SIPKA {manifest.appVersion}, skema <span className="code">{manifest.schemaVersion}</span>
      </Fact>
      <Fact label="Isi" wide>
        {formatCount(counts.employees)} pegawai, {formatCount(counts.units)} unit kerja,{' '}
        {formatCount(counts.users)} pengguna, {formatCount(counts.auditEntries)} entri jejak audit,{' '}
        {formatCount(counts.files)} berkas bukti ({formatBytes(manifest.dataBytes)} data)
      </Fact>
    </dl>
  );
}

/** While the restore runs, Escape must not hide its progress: the work goes on whatever the dialog does. */
function useHoldOpen(ref: RefObject<HTMLElement | null>, hold: boolean): void {
  useEffect(() => {
    const dialog = ref.current?.closest('dialog');
    if (!hold || !dialog) return;
    const block = (event: Event) => event.preventDefault();
    dialog.addEventListener('cancel', block);
    return () => dialog.removeEventListener('cancel', block);
  }, [ref, hold]);
}

interface RestoreDialogProps {
  inspection: BackupInspection;
  onClose: () => void;
}

/**
 * Restore, step 2: what the file holds, the passphrase when it is encrypted, and the office name typed as
 * confirmation. On success every query reloads and the user lands on the Beranda; when the restored data has
 * no active admin of this name, the backend ended the session and the user signs in again.
 */
export function RestoreDialog({ inspection, onClose }: RestoreDialogProps) {
  const { manifest } = inspection;
  const navigate = useNavigate();
  const form = useForm<Values, unknown, Parsed>({
    resolver: zodResolver(restoreSchema(manifest)),
    defaultValues: { path: inspection.path, passphrase: '', confirmOfficeName: '' },
  });
  const [running, setRunning] = useState(false);
  const [banner, setBanner] = useState<string | null>(null);
  const [signedOut, setSignedOut] = useState<string | null>(null);
  const progress = useBackupProgress(running);
  const bodyRef = useRef<HTMLDivElement>(null);
  useHoldOpen(bodyRef, running || signedOut !== null);

  const submit = form.handleSubmit(async (values) => {
    setBanner(null);
    setRunning(true);
    // Not useMutation: the queries must not reload before we know whether the session survived.
    const result = await rpc('backup.restore', values);
    setRunning(false);
    if (!result.ok) {
      setBanner(applyServerError(form.setError, result.error, FIELDS));
      return;
    }
    const notice = restoredNotice(result.data);
    if (result.data.stillSignedIn) {
      invalidateQueries();
      navigate('/', { state: restoredState(notice) });
    } else {
      setSignedOut(notice);
    }
  });

  // While it runs the dialog stays; once the session has ended, closing it means signing in again.
  const close = running ? () => {} : signedOut !== null ? invalidateQueries : onClose;
  return (
    <Dialog open title="Pulihkan data dari cadangan" onClose={close} size="large">
      <div ref={bodyRef} className="form-stack" data-testid="restore-dialog">
        {signedOut !== null ? (
          <>
            <Banner tone="success" title="Data berhasil dipulihkan" testId="restore-done">
              {signedOut}
            </Banner>
            <p>
              Akun Anda tidak tercatat sebagai admin aktif di data yang dipulihkan, sehingga sesi Anda
              diakhiri. Masuklah kembali dengan akun yang ada di data cadangan itu.
            </p>
            <div className="dialog-actions">
              <button
                type="button"
                className="btn btn-primary"
                onClick={invalidateQueries}
                data-testid="restore-sign-in"
              >
                Masuk kembali
              </button>
            </div>
          </>
        ) : (
          <>
            <Banner tone="warning" title="Seluruh data saat ini akan diganti">
              Pegawai, unit kerja, pengguna, jejak audit, dan berkas bukti diganti dengan isi cadangan ini.
              Sebelum menukar data, SIPKA otomatis menyimpan salinan data saat ini di folder cadangan komputer
              ini (jenis “Sebelum pemulihan”), sehingga pemulihan ini masih dapat dibatalkan.
            </Banner>
            <ManifestFacts inspection={inspection} />
            {inspection.needsMigration && (
              <Banner tone="info">
                Cadangan ini dibuat oleh SIPKA versi lebih lama. Setelah dipulihkan, basis datanya diperbarui
                otomatis ke versi ini.
              </Banner>
            )}
            <FormProvider {...form}>
              <form onSubmit={submit} noValidate className="form-stack" aria-label="Konfirmasi pemulihan">
                <ErrorBanner message={banner} />
                {manifest.encrypted && (
                  <TextField
                    name="passphrase"
                    label="Frasa sandi cadangan"
                    type="password"
                    required
                    autoFocus
                    disabled={running}
                    autoComplete="off"
                    hint="Frasa sandi yang dipakai saat cadangan ini dibuat."
                  />
                )}
                <TextField
                  name="confirmOfficeName"
                  label="Ketik nama kantor untuk mengonfirmasi"
                  required
                  autoFocus={!manifest.encrypted}
                  disabled={running}
                  autoComplete="off"
                  spellCheck={false}
                  hint={
                    <>
                      Ketik persis: <strong className="code">{manifest.officeName}</strong>
                    </>
                  }
                />
                {running && (
                  <ProgressView
                    title="Sedang memulihkan data…"
                    progress={progress}
                    note="Jangan tutup SIPKA dan jangan cabut flashdisk sampai selesai."
                    testId="restore-progress"
                  />
                )}
                <div className="dialog-actions">
                  <button type="button" className="btn btn-secondary" onClick={onClose} disabled={running}>
                    Batal
                  </button>
                  <button
                    type="submit"
                    className="btn btn-danger"
                    disabled={running}
                    data-testid="restore-confirm"
                  >
                    {running ? 'Sedang memulihkan…' : 'Pulihkan data'}
                  </button>
                </div>
              </form>
            </FormProvider>
          </>
        )}
      </div>
    </Dialog>
  );
}
