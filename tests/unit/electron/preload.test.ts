import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('preload bundle', () => {
  it('requires nothing but electron: a sandboxed preload cannot load other modules', async () => {
    const result = await build({
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
    const imports = Object.values(result.metafile.outputs).flatMap((output) => output.imports);
    expect(imports.filter((item) => item.external).map((item) => item.path)).toEqual(['electron']);
    const code = result.outputFiles[0]!.text;
    expect(code).toContain('exposeInMainWorld("sipka"');
    expect(code).toContain('"sipka:rpc"');
  });
});
