import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  checkOpenableDocument,
  handleOpenDocument,
  NOT_FOUND,
  NOT_OPENABLE,
} from '../../../electron/main/open-document';
import { SavedFolders } from '../../../electron/main/save-dialog';
import { tempDir } from '../../support/temp-dir';

/** A folder the user chose in the save dialog, with a printed PDF in it, and a folder they did not choose. */
function setUp() {
  const chosen = fs.realpathSync(tempDir('sipka-cetak-'));
  const other = fs.realpathSync(tempDir('sipka-lain-'));
  const pdf = path.join(chosen, 'SKP_2026_199001012015051001_Siti.pdf');
  fs.writeFileSync(pdf, '%PDF-1.7\n');
  const folders = new SavedFolders();
  folders.add(chosen);
  // Every path counts as produced here unless a test says otherwise; the backend's own set is tested below.
  const rule = { folders, producedByBackend: () => true };
  return { chosen, other, pdf, folders, rule };
}

describe('checkOpenableDocument', () => {
  it('opens a PDF in a folder chosen in the save dialog this run', () => {
    const { pdf, rule } = setUp();
    expect(checkOpenableDocument(pdf, rule)).toEqual({ ok: true, file: pdf });
  });

  it('refuses a PDF anywhere else, even in a sub folder of the chosen one', () => {
    const { chosen, other, rule } = setUp();
    const elsewhere = path.join(other, 'a.pdf');
    fs.writeFileSync(elsewhere, '%PDF');
    fs.mkdirSync(path.join(chosen, 'sub'));
    const nested = path.join(chosen, 'sub', 'b.pdf');
    fs.writeFileSync(nested, '%PDF');
    expect(checkOpenableDocument(elsewhere, rule)).toEqual({ ok: false, message: NOT_OPENABLE });
    expect(checkOpenableDocument(nested, rule)).toEqual({ ok: false, message: NOT_OPENABLE });
  });

  it('refuses anything that is not a .pdf, even in the chosen folder', () => {
    const { chosen, rule } = setUp();
    for (const name of ['run.exe', 'a.pdf.bat', 'x.png', 'noext']) {
      fs.writeFileSync(path.join(chosen, name), 'MZ');
      expect(checkOpenableDocument(path.join(chosen, name), rule)).toEqual({
        ok: false,
        message: NOT_OPENABLE,
      });
    }
  });

  it('resolves links: a .pdf link to a program, or a link folder into elsewhere, is refused', () => {
    const { chosen, other, rule } = setUp();
    const program = path.join(other, 'program.sh');
    fs.writeFileSync(program, '#!/bin/sh\n');
    fs.symlinkSync(program, path.join(chosen, 'tipu.pdf'));
    expect(checkOpenableDocument(path.join(chosen, 'tipu.pdf'), rule)).toEqual({
      ok: false,
      message: NOT_OPENABLE,
    });
    const outside = path.join(other, 'luar.pdf');
    fs.writeFileSync(outside, '%PDF');
    fs.symlinkSync(outside, path.join(chosen, 'tautan.pdf'));
    expect(checkOpenableDocument(path.join(chosen, 'tautan.pdf'), rule)).toEqual({
      ok: false,
      message: NOT_OPENABLE,
    });
  });

  it('refuses a folder named .pdf, a relative path, a NUL and anything not a string', () => {
    const { chosen, rule } = setUp();
    fs.mkdirSync(path.join(chosen, 'map.pdf'));
    expect(checkOpenableDocument(path.join(chosen, 'map.pdf'), rule).ok).toBe(false);
    expect(checkOpenableDocument('SKP.pdf', rule)).toEqual({ ok: false, message: NOT_OPENABLE });
    expect(checkOpenableDocument(`${chosen}/a\0.pdf`, rule)).toEqual({ ok: false, message: NOT_OPENABLE });
    for (const value of [null, undefined, 42, {}, ['/a.pdf'], '']) {
      expect(checkOpenableDocument(value, rule)).toEqual({ ok: false, message: NOT_OPENABLE });
    }
  });

  it('refuses a PDF in a chosen folder that the backend did not write this run', () => {
    const { pdf, folders } = setUp();
    const produced = new Set<string>();
    const rule = { folders, producedByBackend: (file: string) => produced.has(file) };
    expect(checkOpenableDocument(pdf, rule)).toEqual({ ok: false, message: NOT_OPENABLE });
    produced.add(pdf);
    expect(checkOpenableDocument(pdf, rule)).toEqual({ ok: true, file: pdf });
  });

  it('refuses a path the backend wrote outside every folder chosen in the dialog', () => {
    const { other } = setUp();
    const written = path.join(other, 'tanpa-dialog.pdf');
    fs.writeFileSync(written, '%PDF');
    const rule = { folders: new SavedFolders(), producedByBackend: () => true };
    expect(checkOpenableDocument(written, rule)).toEqual({ ok: false, message: NOT_OPENABLE });
  });

  it('says plainly when the file is gone', () => {
    const { chosen, rule } = setUp();
    expect(checkOpenableDocument(path.join(chosen, 'hilang.pdf'), rule)).toEqual({
      ok: false,
      message: NOT_FOUND,
    });
  });
});

describe('handleOpenDocument', () => {
  it('hands an allowed file to the system viewer', async () => {
    const { pdf, rule } = setUp();
    const openPath = vi.fn(async () => '');
    expect(await handleOpenDocument('app://sipka/index.html', pdf, { ...rule, openPath })).toEqual({
      ok: true,
    });
    expect(openPath).toHaveBeenCalledExactlyOnceWith(pdf);
  });

  it("reports the viewer's error", async () => {
    const { pdf, rule } = setUp();
    const result = await handleOpenDocument('app://sipka/', pdf, { ...rule, openPath: async () => 'No app' });
    expect(result).toEqual({ ok: false, message: expect.stringContaining('No app') });
  });

  it('opens nothing for a refused file or a foreign frame', async () => {
    const { pdf, rule } = setUp();
    const openPath = vi.fn(async () => '');
    expect((await handleOpenDocument('https://evil.example/', pdf, { ...rule, openPath })).ok).toBe(false);
    expect((await handleOpenDocument('app://sipka/', '/etc/passwd', { ...rule, openPath })).ok).toBe(false);
    expect(openPath).not.toHaveBeenCalled();
  });
});
