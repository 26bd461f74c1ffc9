import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { SessionHolder } from '../../../electron/backend/context';
import {
  BAD_REFERENCE,
  DAMAGED,
  handleOpenStoredFile,
  removeFolders,
  storedFileRequest,
  UNSUPPORTED_TYPE,
} from '../../../electron/main/stored-file';
import type { Result } from '../../../shared/ipc/result';
import { tempDir } from '../../support/temp-dir';

const PDF = Buffer.from('%PDF-1.7\n%bukti\n');

describe('storedFileRequest', () => {
  it('maps a reference to the backend call that reads the file', () => {
    expect(storedFileRequest({ source: 'evidence', skpId: 4, periodId: 2, evidenceId: 9 })).toEqual({
      method: 'evidence.content',
      input: { skpId: 4, periodId: 2, evidenceId: 9 },
    });
    expect(storedFileRequest({ source: 'scan', registerId: 12 })).toEqual({
      method: 'documents.scanContent',
      input: { registerId: 12 },
    });
  });

  it.each([
    null,
    'evidence',
    { source: 'file', path: '/etc/passwd' },
    { source: 'evidence', skpId: 4, periodId: 2 },
    { source: 'evidence', skpId: '4', periodId: 2, evidenceId: 9 },
    { source: 'evidence', skpId: 0, periodId: 2, evidenceId: 9 },
    { source: 'scan', registerId: 1.5 },
    { source: 'scan', registerId: -1 },
  ])('refuses %j', (ref) => {
    expect(storedFileRequest(ref)).toBeNull();
  });

  it('passes only the known fields on, whatever else the renderer adds', () => {
    expect(storedFileRequest({ source: 'scan', registerId: 3, path: '/etc/passwd' })).toEqual({
      method: 'documents.scanContent',
      input: { registerId: 3 },
    });
  });
});

describe('handleOpenStoredFile', () => {
  function setUp(answer: Result<unknown>) {
    const root = tempDir('sipka-stored-');
    const folders: string[] = [];
    const dispatch = vi.fn(async (_method: string, _input: unknown, _session: SessionHolder) => answer);
    const openPath = vi.fn(async (_file: string) => '');
    let n = 0;
    const deps = {
      dispatch,
      openPath,
      makeFolder: () => {
        const folder = path.join(root, `copy-${++n}`);
        fs.mkdirSync(folder);
        return folder;
      },
      onFolder: (folder: string) => folders.push(folder),
    };
    return { deps, dispatch, openPath, folders };
  }
  const session = { token: 'sesi-jendela-1' };
  const ref = { source: 'evidence', skpId: 4, periodId: 2, evidenceId: 9 };

  it("reads the file through dispatch with the window's session and opens a read-only copy", async () => {
    const { deps, dispatch, openPath, folders } = setUp({
      ok: true,
      data: {
        fileName: 'Laporan Mei.exe',
        mimeType: 'application/pdf',
        base64: PDF.toString('base64'),
        intact: true,
      },
    });
    expect(await handleOpenStoredFile('app://sipka/index.html', ref, session, deps)).toEqual({ ok: true });
    expect(dispatch).toHaveBeenCalledExactlyOnceWith(
      'evidence.content',
      { skpId: 4, periodId: 2, evidenceId: 9 },
      session,
    );
    const file = openPath.mock.calls[0]![0];
    expect(path.basename(file)).toBe('Laporan Mei.pdf');
    expect(path.dirname(file)).toBe(folders[0]);
    expect(fs.readFileSync(file)).toEqual(PDF);
    expect(fs.statSync(file).mode & 0o222).toBe(0);
    removeFolders(folders);
    expect(fs.existsSync(folders[0]!)).toBe(false);
  });

  it("passes the backend's refusal on (no permission, not found) and opens nothing", async () => {
    const { deps, openPath } = setUp({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'Anda tidak berhak melihat bukti ini.' },
    });
    expect(await handleOpenStoredFile('app://sipka/', ref, session, deps)).toEqual({
      ok: false,
      message: 'Anda tidak berhak melihat bukti ini.',
    });
    expect(openPath).not.toHaveBeenCalled();
  });

  it('refuses a damaged file and a type the app does not keep', async () => {
    const damaged = setUp({
      ok: true,
      data: { fileName: 'a.pdf', mimeType: 'application/pdf', base64: 'JVBERg==', intact: false },
    });
    expect(await handleOpenStoredFile('app://sipka/', ref, session, damaged.deps)).toEqual({
      ok: false,
      message: DAMAGED,
    });
    const html = setUp({ ok: true, data: { fileName: 'a.html', mimeType: 'text/html', base64: 'PGI+' } });
    expect(await handleOpenStoredFile('app://sipka/', ref, session, html.deps)).toEqual({
      ok: false,
      message: UNSUPPORTED_TYPE,
    });
    expect(damaged.openPath).not.toHaveBeenCalled();
    expect(html.openPath).not.toHaveBeenCalled();
  });

  it('asks the backend nothing for a foreign frame or a bad reference', async () => {
    const { deps, dispatch } = setUp({ ok: true, data: {} });
    expect(await handleOpenStoredFile('https://evil.example/', ref, session, deps)).toEqual({
      ok: false,
      message: BAD_REFERENCE,
    });
    expect(
      await handleOpenStoredFile('app://sipka/', { source: 'path', path: '/etc' }, session, deps),
    ).toEqual({
      ok: false,
      message: BAD_REFERENCE,
    });
    expect(dispatch).not.toHaveBeenCalled();
  });
});
