import { openBackend } from '../app';
import { dataDirFrom, SOURCE_MIGRATIONS_DIR } from '../paths';
import { markSetupCompleted, readSettings, writeOffice } from '../settings/store';
import { GAYUNGAN_OFFICE, loadDemoData } from './gayungan';

const dataDir = dataDirFrom(process.argv.slice(2), process.env, process.cwd());
const backend = await openBackend({ dataDir, migrationsDir: SOURCE_MIGRATIONS_DIR });
try {
  const { ctx } = backend;
  const result = ctx.db.transaction(() => {
    const loaded = loadDemoData(ctx);
    if (!readSettings(ctx.db).setupCompleted) {
      writeOffice(ctx.db, GAYUNGAN_OFFICE, ctx.now());
      markSetupCompleted(ctx.db, ctx.now());
    }
    return loaded;
  });
  console.log(
    `Data contoh Kecamatan Gayungan dimuat ke ${dataDir}: ${result.units} unit kerja, ${result.employees} pegawai.`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  backend.close();
}
