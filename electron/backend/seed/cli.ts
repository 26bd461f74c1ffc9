import { recordChange } from '../audit/trail';
import { openBackend } from '../app';
import { systemContext } from '../context';
import { dataDirFrom, SOURCE_MIGRATIONS_DIR } from '../paths';
import { countRows, readSettings, writeOffice } from '../settings/store';
import { GAYUNGAN_OFFICE, loadDemoData } from './gayungan';

const dataDir = dataDirFrom(process.argv.slice(2), process.env, process.cwd());
const backend = await openBackend({ dataDir, migrationsDir: SOURCE_MIGRATIONS_DIR });
try {
  const ctx = systemContext(backend.ctx, 'seed');
  const result = ctx.sqlite.transaction(() => {
    // The office first: the demo SKPs freeze the instansi name when they are submitted.
    if (readSettings(ctx.db).officeName === '') {
      writeOffice(ctx.db, GAYUNGAN_OFFICE, ctx.now());
      recordChange(ctx, 'settings', 'office', null, GAYUNGAN_OFFICE);
    }
    return loadDemoData(ctx);
  })();
  console.log(
    `Data contoh Kecamatan Gayungan dimuat ke ${dataDir}: ${result.units} unit kerja, ${result.employees} pegawai.`,
  );
  if (countRows(ctx.db).userCount === 0) {
    console.log(
      'Belum ada pengguna: saat aplikasi pertama dibuka, buat akun admin kepegawaian di layar pengaturan awal.',
    );
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  backend.close();
}
