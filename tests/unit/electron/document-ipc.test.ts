import fs from 'node:fs';
import path from 'node:path';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { SessionHolder } from '../../../electron/backend/context';
import type { Result } from '../../../shared/ipc/result';
import { tempDir } from '../../support/temp-dir';

// document-ipc.ts reaches for dialog, shell and BrowserWindow only through its Electron deps; none here.
vi.mock('electron', () => ({ BrowserWindow: { fromWebContents: () => null }, dialog: {}, shell: {} }));

const { registerDocumentShell } = await import('../../../electron/main/document-ipc');
const { WindowSessions } = await import('../../../electron/main/ipc');
const { finishPartial, partialPathOf } = await import('../../../electron/backend/documents/output');
const { NOT_OPENABLE } = await import('../../../electron/main/open-document');
const { OPEN_DOCUMENT_CHANNEL, OPEN_STORED_FILE_CHANNEL, SAVE_PDF_CHANNEL } =
  await import('../../../electron/preload/bridge');

function setUp() {
  const handle = vi.fn();
  const userData = tempDir('sipka-userdata-');
  const chosenFolder = fs.realpathSync(tempDir('sipka-cetak-'));
  const opened: string[] = [];
  const dispatch = vi.fn(
    async (_method: string, _input: unknown, _session?: SessionHolder): Promise<Result<unknown>> => ({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'Ditolak.' },
    }),
  );
  const sessions = new WindowSessions();
  const cleanUp = registerDocumentShell({ handle } as unknown as IpcMain, { dispatch }, sessions, {
    userData,
    documentsFolder: userData,
    showSave: async (_sender, options) => ({
      canceled: false,
      filePath: path.join(chosenFolder, path.basename(options.defaultPath ?? 'x.pdf')),
    }),
    openPath: async (file) => {
      opened.push(file);
      return '';
    },
  });
  const listener = (channel: string) =>
    handle.mock.calls.find(([name]) => name === channel)![1] as (
      event: IpcMainInvokeEvent,
      arg: unknown,
    ) => Promise<unknown>;
  const event = (url: string, id = 3) =>
    ({ senderFrame: { url }, sender: { id } }) as unknown as IpcMainInvokeEvent;
  return { handle, chosenFolder, opened, dispatch, sessions, cleanUp, listener, event };
}

/** What documents.print does with the chosen path: a partial file, renamed into place. */
function printTo(target: string): void {
  fs.writeFileSync(partialPathOf(target), '%PDF-1.7\n');
  finishPartial(partialPathOf(target), target);
}

describe('registerDocumentShell', () => {
  it('handles exactly the save dialog and the two openers', () => {
    const { handle } = setUp();
    expect(handle.mock.calls.map(([channel]) => channel)).toEqual([
      SAVE_PDF_CHANNEL,
      OPEN_DOCUMENT_CHANNEL,
      OPEN_STORED_FILE_CHANNEL,
    ]);
  });

  it('opens a PDF only after the dialog chose its folder and the backend wrote it', async () => {
    const { listener, event, chosenFolder, opened } = setUp();
    const app = event('app://sipka/index.html');
    const chosen = (await listener(SAVE_PDF_CHANNEL)(app, 'SKP_2026_1990_Siti.pdf')) as string;
    expect(chosen).toBe(path.join(chosenFolder, 'SKP_2026_1990_Siti.pdf'));

    // Chosen, but nothing written by the backend yet: a file someone else put there is not opened.
    fs.writeFileSync(chosen, '%PDF-bukan-dari-sipka');
    expect(await listener(OPEN_DOCUMENT_CHANNEL)(app, chosen)).toEqual({ ok: false, message: NOT_OPENABLE });

    printTo(chosen);
    expect(await listener(OPEN_DOCUMENT_CHANNEL)(app, chosen)).toEqual({ ok: true });
    expect(opened).toEqual([chosen]);

    // Written by the backend, but never through the dialog: refused too.
    const elsewhere = path.join(fs.realpathSync(tempDir('sipka-lain-')), 'tanpa-dialog.pdf');
    printTo(elsewhere);
    expect(await listener(OPEN_DOCUMENT_CHANNEL)(app, elsewhere)).toEqual({
      ok: false,
      message: NOT_OPENABLE,
    });
    expect(await listener(OPEN_DOCUMENT_CHANNEL)(event('https://evil.example/'), chosen)).toMatchObject({
      ok: false,
    });
    expect(opened).toEqual([chosen]);
  });

  it("reads a stored file with the window's own session, or with none before it signed in", async () => {
    const { listener, event, dispatch, sessions } = setUp();
    const ref = { source: 'scan', registerId: 5 };
    await listener(OPEN_STORED_FILE_CHANNEL)(event('app://sipka/', 9), ref);
    expect(dispatch).toHaveBeenLastCalledWith('documents.scanContent', { registerId: 5 }, { token: null });
    sessions.for(9).token = 'sesi-9';
    await listener(OPEN_STORED_FILE_CHANNEL)(event('app://sipka/', 9), ref);
    expect(dispatch).toHaveBeenLastCalledWith(
      'documents.scanContent',
      { registerId: 5 },
      { token: 'sesi-9' },
    );
  });
});
