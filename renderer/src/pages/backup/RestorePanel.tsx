import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { backupMethods, type BackupInspection } from '../../../../shared/ipc/methods/backup';
import { rpc } from '../../api/client';
import { ErrorBanner } from '../../components/Banner';
import { applyServerError, TextField } from '../../components/form';
import { desktopDialogs, DIALOG_FAILED } from './desktop';
import { RestoreDialog } from './RestoreDialog';

const inspectInput = backupMethods['backup.inspect'].input;
type Values = z.input<typeof inspectInput>;
type Parsed = z.output<typeof inspectInput>;

/** Lets the lists below hand a file of theirs to the panel ("Pulihkan" on a row). */
export interface RestoreHandle {
  inspect(path: string): void;
}

interface RestorePanelProps {
  ref?: Ref<RestoreHandle>;
}

/**
 * Restore, step 1: choose a backup file (the desktop app's file dialog, a typed path, or a row of the lists
 * below) and read its manifest with `backup.inspect`. A file that is not a usable backup is refused here,
 * beside the path, before anything is asked.
 */
export function RestorePanel({ ref }: RestorePanelProps) {
  const desktop = desktopDialogs();
  const form = useForm<Values, unknown, Parsed>({
    resolver: zodResolver(inspectInput),
    defaultValues: { path: '' },
  });
  const [pending, setPending] = useState(false);
  const [banner, setBanner] = useState<string | null>(null);
  const [inspection, setInspection] = useState<BackupInspection | null>(null);
  const sectionRef = useRef<HTMLDivElement>(null);
  const { setError, clearErrors, setValue } = form;

  const inspect = useCallback(
    async (path: string) => {
      setBanner(null);
      clearErrors('path');
      setPending(true);
      try {
        const result = await rpc('backup.inspect', { path });
        if (result.ok) setInspection(result.data);
        else setBanner(applyServerError(setError, result.error, ['path']));
      } finally {
        setPending(false);
      }
    },
    [clearErrors, setError],
  );

  useImperativeHandle(
    ref,
    () => ({
      inspect(path: string) {
        setValue('path', path);
        sectionRef.current?.scrollIntoView({ block: 'nearest' });
        void inspect(path);
      },
    }),
    [setValue, inspect],
  );

  const pickFile = async () => {
    if (!desktop) return;
    let picked: string | null;
    try {
      picked = await desktop.pickBackupFile();
    } catch {
      setBanner(DIALOG_FAILED);
      return;
    }
    if (!picked) return;
    setValue('path', picked);
    await inspect(picked);
  };

  const submit = form.handleSubmit((values) => inspect(values.path));

  return (
    <div ref={sectionRef} className="form-stack">
      <FormProvider {...form}>
        <form onSubmit={submit} noValidate className="form-stack" aria-label="Pilih berkas cadangan">
          <ErrorBanner message={banner} />
          <div className="path-row">
            <TextField
              name="path"
              label="Berkas cadangan"
              required
              readOnly={desktop !== null}
              autoComplete="off"
              spellCheck={false}
              fieldClassName="path-field"
              hint={
                desktop
                  ? 'Berkas .sipka dari flashdisk, atau pilih salah satu salinan di daftar di bawah.'
                  : 'Lokasi lengkap berkas .sipka di komputer server SIPKA, atau pilih salah satu salinan di daftar di bawah.'
              }
            />
            {desktop ? (
              <button
                type="button"
                className="btn btn-secondary path-button"
                onClick={() => void pickFile()}
                disabled={pending}
                data-testid="restore-pick-file"
              >
                {pending ? 'Memeriksa…' : 'Pilih berkas cadangan…'}
              </button>
            ) : (
              <button
                type="submit"
                className="btn btn-secondary path-button"
                disabled={pending}
                data-testid="restore-inspect"
              >
                {pending ? 'Memeriksa…' : 'Periksa berkas'}
              </button>
            )}
          </div>
        </form>
      </FormProvider>
      {inspection && <RestoreDialog inspection={inspection} onClose={() => setInspection(null)} />}
    </div>
  );
}
