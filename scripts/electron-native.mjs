// Builds a SEPARATE copy of better-sqlite3 for Electron's ABI in .electron-native/better-sqlite3, for
// `npm start` from the source tree. node_modules/better-sqlite3 stays built for Node (tests, `npm run web`).
// electron/main/paths.ts passes the resulting .node file to the backend as `nativeBinding`.
// Needs the internet once (Electron prebuilt binary or headers); later runs are skipped by a stamp file.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const source = path.join(root, 'node_modules', 'better-sqlite3');
const target = path.join(root, '.electron-native', 'better-sqlite3');
const binary = path.join(target, 'build', 'Release', 'better_sqlite3.node');
const stampFile = path.join(target, '.sipka-electron-build.json');

function log(message) {
  console.log(`[electron-native] ${message}`);
}

function fail(message) {
  console.error(`\n[electron-native] FAILED: ${message}\n`);
  process.exit(1);
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function run(label, command, args) {
  log(`${label}: ${[path.basename(command), ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd: target, stdio: 'inherit' });
  if (result.error) log(`${label} could not start: ${result.error.message}`);
  return result.status === 0 && fs.existsSync(binary);
}

const electronPackage = path.join(root, 'node_modules', 'electron', 'package.json');
if (!fs.existsSync(electronPackage)) fail('electron is not installed: run `npm install` first.');
if (!fs.existsSync(path.join(source, 'package.json')))
  fail('better-sqlite3 is not installed: run `npm install`.');

const stamp = {
  electron: readJson(electronPackage).version,
  betterSqlite3: readJson(path.join(source, 'package.json')).version,
  platform: process.platform,
  arch: process.arch,
};
const stampText = JSON.stringify(stamp);

if (fs.existsSync(binary) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stampText) {
  log(
    `better-sqlite3 ${stamp.betterSqlite3} for Electron ${stamp.electron} (${stamp.arch}) is ready; skipping.`,
  );
  process.exit(0);
}

log(
  `Preparing better-sqlite3 ${stamp.betterSqlite3} for Electron ${stamp.electron} (${stamp.platform}-${stamp.arch})`,
);
log(`copying ${path.relative(root, source)} -> ${path.relative(root, target)} (node_modules is not touched)`);
fs.rmSync(target, { recursive: true, force: true });
fs.cpSync(source, target, {
  recursive: true,
  // build/ holds the binary compiled for Node; node_modules/ (if any) is not needed to compile.
  filter: (file) => {
    const relative = path.relative(source, file).split(path.sep)[0];
    return relative !== 'build' && relative !== 'node_modules';
  },
});

const requireFromSqlite = createRequire(path.join(source, 'package.json'));
const requireFromRoot = createRequire(path.join(root, 'package.json'));
const resolveBin = (resolve, name, bin) => {
  try {
    return path.join(path.dirname(resolve(`${name}/package.json`)), bin);
  } catch {
    return null;
  }
};

const prebuildInstall = resolveBin(requireFromSqlite.resolve, 'prebuild-install', 'bin.js');
const electronArgs = ['--runtime', 'electron', '--target', stamp.electron, '--arch', stamp.arch];
let built =
  prebuildInstall !== null &&
  run('1/2 download prebuilt binary', process.execPath, [prebuildInstall, ...electronArgs, '--verbose']);

if (!built) {
  log('No prebuilt binary could be downloaded; compiling from source with node-gyp instead.');
  const nodeGyp =
    process.env.npm_config_node_gyp || resolveBin(requireFromRoot.resolve, 'node-gyp', 'bin/node-gyp.js');
  built =
    nodeGyp !== null &&
    run('2/2 compile', process.execPath, [
      nodeGyp,
      'rebuild',
      '--release',
      '--runtime=electron',
      `--target=${stamp.electron}`,
      `--arch=${stamp.arch}`,
      '--dist-url=https://electronjs.org/headers',
    ]);
}

if (!built) {
  fail(
    [
      `could not build better-sqlite3 for Electron ${stamp.electron}.`,
      'Both ways need the internet: the prebuilt binary comes from GitHub releases, the Electron headers',
      'from electronjs.org. Compiling also needs Python 3 and a C++ toolchain (on Windows: Visual Studio',
      'Build Tools with "Desktop development with C++").',
      'Tests and `npm run web` do not need this step; only `npm start` (Electron from the source tree) does.',
    ].join('\n  '),
  );
}

fs.writeFileSync(stampFile, stampText);
log(`ready: ${path.relative(root, binary)}`);
