import { openBackend } from '../app';
import { dataDirFrom, RENDERER_BUILD_DIR, SOURCE_MIGRATIONS_DIR } from '../paths';
import { startWebServer } from './server';

function portFrom(argv: string[], env: NodeJS.ProcessEnv): number {
  const index = argv.indexOf('--port');
  const raw = index === -1 ? env.SIPKA_PORT : argv[index + 1];
  const port = raw === undefined ? 4780 : Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Port tidak valid: ${raw}`);
  return port;
}

const dataDir = dataDirFrom(process.argv.slice(2), process.env, process.cwd());
const backend = await openBackend({ dataDir, migrationsDir: SOURCE_MIGRATIONS_DIR });
const server = await startWebServer({
  backend,
  staticDir: RENDERER_BUILD_DIR,
  port: portFrom(process.argv, process.env),
});
console.log(`SIPKA berjalan di ${server.url}`);
console.log(`Data disimpan di ${dataDir}`);

const stop = () => {
  void server.close().then(() => {
    backend.close();
    process.exit(0);
  });
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
