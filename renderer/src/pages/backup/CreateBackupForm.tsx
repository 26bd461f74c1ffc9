import { zodResolver } from '@hookform/resolvers/zod';
import { useRef, useState } from 'react';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import {
  backupCreateInput,
  PASSPHRASE_MIN,
  type BackupCreated,
  type BackupTarget,
} from '../../../../shared/ipc/methods/backup';
import { useMutation, useQuery } from '../../api/hooks';
import { Banner, ErrorBanner } from '../../components/Banner';
import { applyServerError, CheckboxField, TextField } from '../../components/form';
import { Loading } from '../../components/Loading';
import { formatCount } from '../../lib/format';
import {
  encryptByDefault,
  formatBytes,
  formatDuration,
  sortTargets,
  targetOf,
  TARGET_KIND_LABELS,
} from './backupFormat';
import { desktopDialogs, DIALOG_FAILED } from './desktop';
import { ProgressView } from './ProgressView';
import { useBackupProgress } from './useBackupProgress';

type Values = z.input<typeof backupCreateInput>;
type Parsed = z.output<typeof backupCreateInput>;

const FIELDS = ['directory', 'encrypt', 'passphrase', 'passphraseConfirm'];

interface Made {
  backup: BackupCreated;
  durationMs: number;
}

/** Runs `work` and measures how long it took (outside render: the clock is not pure). */
async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

function ResultBanner({ made }: { made: Made }) {
  const { backup, durationMs } = made;
  return (
    <Banner
      tone="success"
      title="Cadangan berhasil dan sudah diperiksa"
      testId="backup-result"
      scrollKey={backup.path}
    >
      <p>Isi berkas sudah dibaca ulang dari media tujuan dan cocok dengan data.</p>
      <dl className="backup-facts">
        <div>
          <dt>Nama berkas</dt>
          <dd className="code" data-testid="backup-result-file">
            {backup.fileName}
          </dd>
        </div>
        <div>
          <dt>Lokasi</dt>
          <dd className="code">{backup.path}</dd>
        </div>
        <div>
          <dt>Ukuran</dt>
          <dd>{formatBytes(backup.sizeBytes)}</dd>
        </div>
        <div>
          <dt>Lama proses</dt>
          <dd>{formatDuration(durationMs)}</dd>
        </div>
        <div>
          <dt>Enkripsi</dt>
          <dd>{backup.encrypted ? 'Terenkripsi dengan frasa sandi' : 'Tidak terenkripsi'}</dd>
        </div>
        <div>
          <dt>Isi</dt>
          <dd>
            {formatCount(backup.counts.employees)} pegawai, {formatCount(backup.counts.units)} unit kerja,{' '}
            {formatCount(backup.counts.users)} pengguna, {formatCount(backup.counts.files)} berkas bukti
          </dd>
        </div>
      </dl>
    </Banner>
  );
}

function TargetChoices({
  targets,
  current,
  onChoose,
  disabled,
}: {
  targets: readonly BackupTarget[];
  current: string;
  onChoose: (path: string) => void;
  disabled: boolean;
}) {
  if (targets.length === 0) return null;
  return (
    <div className="target-choices">
      <p className="field-hint" id="target-choices-label">
        Tujuan yang ditemukan di komputer ini:
      </p>
      <ul className="target-list" aria-labelledby="target-choices-label">
        {targets.map((target) => {
          const chosen = current.trim() === target.path;
          return (
            <li key={target.path}>
              <button
                type="button"
                className={`target-choice${chosen ? ' is-chosen' : ''}`}
                aria-pressed={chosen}
                onClick={() => onChoose(target.path)}
                disabled={disabled}
                data-testid="backup-target"
              >
                <span className="target-choice-label">{target.label}</span>
                <span className="target-choice-meta">
                  <span className={`badge ${target.kind === 'data' ? 'badge-muted' : 'badge-info'}`}>
                    {TARGET_KIND_LABELS[target.kind]}
                  </span>
                  {target.freeBytes !== null && <span>sisa {formatBytes(target.freeBytes)}</span>}
                </span>
                <span className="target-choice-path code">{target.path}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function CreateForm({ targets }: { targets: BackupTarget[] }) {
  const desktop = desktopDialogs();
  const first = targets[0]?.path ?? '';
  const form = useForm<Values, unknown, Parsed>({
    resolver: zodResolver(backupCreateInput),
    defaultValues: {
      directory: first,
      encrypt: encryptByDefault(first, targets),
      passphrase: '',
      passphraseConfirm: '',
    },
  });
  const mutation = useMutation('backup.create');
  const progress = useBackupProgress(mutation.pending);
  const [banner, setBanner] = useState<string | null>(null);
  const [made, setMade] = useState<Made | null>(null);
  // Once the user has ticked or unticked encryption, a new target no longer changes it.
  const encryptChosen = useRef(false);
  const directory = useWatch({ control: form.control, name: 'directory' }) ?? '';
  const encrypt = useWatch({ control: form.control, name: 'encrypt' }) ?? false;
  const target = targetOf(directory, targets);
  const leavesComputer = target !== undefined && target.kind !== 'data';

  const followTarget = (path: string) => {
    if (!encryptChosen.current) form.setValue('encrypt', encryptByDefault(path, targets));
  };
  const choose = (path: string) => {
    form.setValue('directory', path, { shouldValidate: form.formState.isSubmitted });
    form.clearErrors('directory');
    followTarget(path);
  };
  const pickFolder = async () => {
    if (!desktop) return;
    try {
      const picked = await desktop.pickFolder();
      if (picked) choose(picked);
    } catch {
      setBanner(DIALOG_FAILED);
    }
  };

  const submit = form.handleSubmit(async (values) => {
    setBanner(null);
    setMade(null);
    const { value: result, ms } = await timed(() => mutation.run(values));
    if (result.ok) {
      setMade({ backup: result.data, durationMs: ms });
      form.setValue('passphrase', '');
      form.setValue('passphraseConfirm', '');
    } else {
      setBanner(applyServerError(form.setError, result.error, FIELDS));
    }
  });

  const pending = mutation.pending;
  return (
    <FormProvider {...form}>
      <form onSubmit={submit} noValidate className="form-stack" aria-label="Buat cadangan">
        <ErrorBanner message={banner} />
        <div className="path-row">
          <TextField
            name="directory"
            label="Folder tujuan"
            required
            readOnly={desktop !== null}
            disabled={pending}
            autoComplete="off"
            spellCheck={false}
            fieldClassName="path-field"
            registerOptions={{
              onChange: (event: { target: { value: string } }) => followTarget(event.target.value),
            }}
            hint={
              desktop
                ? 'Pilih folder di flashdisk atau hard disk eksternal.'
                : 'Folder di komputer server SIPKA, ditulis lengkap, misalnya E:\\ atau /media/nama/FLASHDISK.'
            }
          />
          {desktop && (
            <button
              type="button"
              className="btn btn-secondary path-button"
              onClick={() => void pickFolder()}
              disabled={pending}
              data-testid="backup-pick-folder"
            >
              Pilih folder…
            </button>
          )}
        </div>
        <TargetChoices targets={targets} current={directory} onChoose={choose} disabled={pending} />

        <div onChange={() => (encryptChosen.current = true)}>
          <CheckboxField
            name="encrypt"
            label="Enkripsi cadangan dengan frasa sandi"
            disabled={pending}
            hint={
              leavesComputer
                ? 'Disarankan untuk flashdisk: berisi data pribadi pegawai (UU 27/2022 tentang Pelindungan Data Pribadi).'
                : encrypt
                  ? 'Isi cadangan hanya dapat dibuka dengan frasa sandi ini.'
                  : 'Tanpa frasa sandi, isi cadangan dapat dibaca siapa saja yang memegang berkasnya.'
            }
          />
        </div>
        {encrypt ? (
          <>
            <Banner tone="warning" title="Frasa sandi tidak dapat dipulihkan">
              Catat frasa sandi ini dan simpan di tempat aman, terpisah dari flashdisk. Jika frasa sandi
              hilang, cadangan ini tidak dapat dibuka oleh siapa pun, termasuk pengelola SIPKA.
            </Banner>
            <div className="form-grid form-grid-2">
              <TextField
                name="passphrase"
                label="Frasa sandi"
                type="password"
                required
                disabled={pending}
                autoComplete="new-password"
                hint={`Paling sedikit ${PASSPHRASE_MIN} karakter; kalimat pendek lebih mudah diingat.`}
              />
              <TextField
                name="passphraseConfirm"
                label="Ulangi frasa sandi"
                type="password"
                required
                disabled={pending}
                autoComplete="new-password"
              />
            </div>
          </>
        ) : (
          leavesComputer && (
            <Banner tone="warning">
              Cadangan tanpa enkripsi di media lepas-pasang dapat dibaca siapa saja yang menemukannya.
            </Banner>
          )
        )}

        {pending && (
          <ProgressView
            title="Sedang membuat cadangan…"
            progress={progress}
            note="Jangan cabut flashdisk sampai selesai. Pekerjaan lain di SIPKA dapat berlanjut."
            testId="backup-progress"
          />
        )}
        {made && !pending && <ResultBanner made={made} />}

        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={pending} data-testid="backup-create">
            {pending ? 'Sedang membuat cadangan…' : 'Buat cadangan'}
          </button>
        </div>
      </form>
    </FormProvider>
  );
}

/** The form waits for the first answer about targets: the first suggestion prefills the folder. */
export function CreateBackupForm() {
  const targets = useQuery('backup.targets', {});
  if (!targets.data && !targets.error) return <Loading label="Mencari flashdisk dan folder tujuan…" />;
  return (
    <>
      <ErrorBanner message={targets.error?.message} onRetry={targets.reload} />
      <CreateForm targets={sortTargets(targets.data ?? [])} />
    </>
  );
}
