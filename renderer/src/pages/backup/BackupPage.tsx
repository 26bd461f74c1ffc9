import { useCallback, useRef } from 'react';
import { useHasRole } from '../../app/session';
import { Page } from '../../components/Page';
import { AutoBackupSettings } from './AutoBackupSettings';
import { BackupReminder } from './BackupReminder';
import { CopiesTable, HistoryTable } from './BackupTables';
import { CreateBackupForm } from './CreateBackupForm';
import { RestorePanel, type RestoreHandle } from './RestorePanel';
import './backup.css';

/** Cadangan & Pemulihan: ADMIN and OPERATOR make backups; only an ADMIN restores or changes the setting. */
export function BackupPage() {
  const isAdmin = useHasRole(['ADMIN']);
  const panel = useRef<RestoreHandle>(null);
  const restore = useCallback((path: string) => panel.current?.inspect(path), []);
  const onRestore = isAdmin ? restore : undefined;

  return (
    <Page
      title="Cadangan & Pemulihan"
      subtitle="Simpan salinan seluruh data SIPKA ke flashdisk, dan pulihkan bila komputer rusak atau data terhapus."
    >
      <div className="backup-page">
        <BackupReminder linkToPage={false} />
        <div className={isAdmin ? 'backup-columns' : undefined}>
          <section className="card" aria-labelledby="buat-cadangan">
            <h2 id="buat-cadangan" className="card-title">
              Buat cadangan
            </h2>
            <p className="card-note">
              Satu berkas <span className="code">.sipka</span> berisi basis data, semua berkas bukti, dan
              daftar pemeriksaannya. Setelah ditulis, berkas dibaca ulang dan diperiksa.
            </p>
            <CreateBackupForm />
          </section>
          {isAdmin && (
            <section className="card" aria-labelledby="pulihkan">
              <h2 id="pulihkan" className="card-title">
                Pulihkan dari cadangan
              </h2>
              <p className="card-note">
                Pilih berkas cadangan. SIPKA menampilkan isinya dulu; data baru diganti setelah Anda
                mengonfirmasi dengan mengetik nama kantor.
              </p>
              <RestorePanel ref={panel} />
            </section>
          )}
        </div>
        <section className="card" aria-labelledby="riwayat-cadangan">
          <h2 id="riwayat-cadangan" className="card-title">
            Riwayat cadangan
          </h2>
          <HistoryTable onRestore={onRestore} />
        </section>
        <section className="card" aria-labelledby="salinan-otomatis">
          <h2 id="salinan-otomatis" className="card-title">
            Salinan otomatis di komputer ini
          </h2>
          <CopiesTable onRestore={onRestore} />
          <div className="backup-keep">
            <AutoBackupSettings canEdit={isAdmin} />
          </div>
        </section>
      </div>
    </Page>
  );
}
