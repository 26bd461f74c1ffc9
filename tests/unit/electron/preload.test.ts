import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import type { SipkaBridge } from '../../../electron/preload/bridge';

async function bundlePreload() {
  return build({
    entryPoints: [path.resolve('electron/preload/preload.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['electron'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
}

/** Runs the bundled preload against a stand-in `electron`: what it exposes, and what it sends on which channel. */
async function loadPreload(answers: Record<string, unknown>) {
  const code = (await bundlePreload()).outputFiles[0]!.text;
  const exposed = new Map<string, unknown>();
  const sent: unknown[][] = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (name: string, api: unknown) => exposed.set(name, api) },
    ipcRenderer: {
      invoke: async (channel: string, ...args: unknown[]) => {
        sent.push([channel, ...args]);
        return answers[channel];
      },
    },
  };
  const module = { exports: {} };
  const fakeRequire = (name: string) => {
    if (name !== 'electron') throw new Error(`preload memuat ${name}`);
    return electron;
  };
  new Function('require', 'module', 'exports', code)(fakeRequire, module, module.exports);
  return { bridge: exposed.get('sipka') as SipkaBridge, exposed, sent };
}

describe('preload bundle', () => {
  it('requires nothing but electron: a sandboxed preload cannot load other modules', async () => {
    const result = await bundlePreload();
    const imports = Object.values(result.metafile.outputs).flatMap((output) => output.imports);
    expect(imports.filter((item) => item.external).map((item) => item.path)).toEqual(['electron']);
    const code = result.outputFiles[0]!.text;
    expect(code).toContain('exposeInMainWorld("sipka"');
    expect(code).toContain('"sipka:rpc"');
    expect(code).toContain('"sipka:pick-folder"');
    expect(code).toContain('"sipka:pick-backup-file"');
    expect(code).toContain('"sipka:save-pdf"');
    expect(code).toContain('"sipka:open-document"');
    expect(code).toContain('"sipka:open-stored-file"');
  });

  it('exposes exactly rpc, the dialogs and the two openers, each on its own channel', async () => {
    const { bridge, exposed, sent } = await loadPreload({
      'sipka:rpc': { ok: true, data: 1 },
      'sipka:pick-folder': 'E:\\',
      'sipka:pick-backup-file': '/media/tu/FLASHDISK/cadangan.sipka',
      'sipka:save-pdf': 'C:\\Users\\tu\\Documents\\SKP.pdf',
      'sipka:open-document': { ok: true, extra: 'dibuang' },
      'sipka:open-stored-file': { ok: false, message: 'Berkas yang diminta tidak dikenal.' },
    });
    expect([...exposed.keys()]).toEqual(['sipka']);
    expect(Object.keys(bridge).sort()).toEqual([
      'openDocument',
      'openStoredFile',
      'pickBackupFile',
      'pickFolder',
      'rpc',
      'savePdf',
    ]);
    expect(await bridge.rpc('units.list', {})).toEqual({ ok: true, data: 1 });
    expect(await bridge.pickFolder()).toBe('E:\\');
    expect(await bridge.pickBackupFile()).toBe('/media/tu/FLASHDISK/cadangan.sipka');
    expect(await bridge.savePdf('SKP_2026.pdf')).toBe('C:\\Users\\tu\\Documents\\SKP.pdf');
    expect(await bridge.openDocument('C:\\Users\\tu\\Documents\\SKP.pdf')).toEqual({ ok: true });
    const ref = { source: 'evidence', skpId: 1, periodId: 2, evidenceId: 3 } as const;
    expect(await bridge.openStoredFile(ref)).toEqual({
      ok: false,
      message: 'Berkas yang diminta tidak dikenal.',
    });
    expect(sent).toEqual([
      ['sipka:rpc', 'units.list', {}],
      ['sipka:pick-folder'],
      ['sipka:pick-backup-file'],
      ['sipka:save-pdf', 'SKP_2026.pdf'],
      ['sipka:open-document', 'C:\\Users\\tu\\Documents\\SKP.pdf'],
      ['sipka:open-stored-file', ref],
    ]);
  });

  it.each([null, undefined, 42, 'ok', { ok: 'true' }, { ok: false }, { ok: false, message: 7 }])(
    'turns an opener answer that is not an outcome (%s) into a plain refusal',
    async (answer) => {
      const { bridge } = await loadPreload({
        'sipka:open-document': answer,
        'sipka:open-stored-file': answer,
      });
      expect(await bridge.openDocument('/x.pdf')).toEqual({
        ok: false,
        message: 'Berkas tidak dapat dibuka.',
      });
      expect(await bridge.openStoredFile({ source: 'scan', registerId: 1 })).toEqual({
        ok: false,
        message: 'Berkas tidak dapat dibuka.',
      });
    },
  );

  it.each([null, undefined, '', 42, { path: '/etc' }, ['/etc']])(
    'turns a dialog answer that is not a path (%s) into null',
    async (answer) => {
      const { bridge } = await loadPreload({
        'sipka:pick-folder': answer,
        'sipka:pick-backup-file': answer,
        'sipka:save-pdf': answer,
      });
      expect(await bridge.pickFolder()).toBeNull();
      expect(await bridge.pickBackupFile()).toBeNull();
      expect(await bridge.savePdf('SKP.pdf')).toBeNull();
    },
  );
});
