import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/backend/dispatch';
import { AppError } from '../../electron/backend/errors';
import type { Handlers } from '../../electron/backend/handlers';
import { contract } from '../../shared/ipc/contract';
import { openTestBackend } from './helpers';

describe('contract and dispatch', () => {
  it('has exactly one handler for every contract method', async () => {
    const { backend } = await openTestBackend();
    expect(Object.keys(backend.handlers).sort()).toEqual(Object.keys(contract).sort());
  });

  it.each(['nope.method', '__proto__', 'constructor', 'toString', 'hasOwnProperty', ''])(
    'answers NOT_FOUND for the unknown method %j',
    async (name) => {
      const { backend } = await openTestBackend();
      const result = await backend.dispatch(name, {});
      expect(result).toEqual({
        ok: false,
        error: { code: 'NOT_FOUND', message: expect.stringContaining('tidak dikenal') },
      });
    },
  );

  it('answers VALIDATION with a message per field when the input fails its schema', async () => {
    const { backend, session } = await openTestBackend();
    const result = await backend.dispatch(
      'units.create',
      { name: '', kind: 'PLANET', parentId: 'x' },
      session,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(Object.keys(result.error.fields ?? {}).sort()).toEqual(['kind', 'name', 'parentId']);
    expect(result.error.fields?.name).toBe('Nama unit kerja wajib diisi');
  });

  it('answers VALIDATION when the input is not an object at all', async () => {
    const { backend, session } = await openTestBackend();
    for (const input of ['teks', 42, [1, 2], true]) {
      const result = await backend.dispatch('employees.get', input, session);
      expect(result.ok ? 'ok' : result.error.code).toBe('VALIDATION');
    }
  });

  it('turns a thrown AppError into its code and an unexpected error into INTERNAL, never rejecting', async () => {
    const { backend, session } = await openTestBackend();
    const logged: string[] = [];
    const handlers = {
      ...backend.handlers,
      'units.list': () => {
        throw new Error('disk meledak');
      },
      'settings.get': () => {
        throw new AppError('LOCKED', 'Terkunci.');
      },
    } as Handlers;
    const internal = await dispatch(handlers, backend.ctx, 'units.list', {}, session, (message) =>
      logged.push(message),
    );
    expect(internal).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: expect.stringContaining('kesalahan internal') },
    });
    expect(JSON.stringify(internal)).not.toContain('disk meledak');
    expect(logged).toEqual(['Kesalahan tak terduga pada units.list']);
    const locked = await dispatch(handlers, backend.ctx, 'settings.get', {}, session);
    expect(locked).toEqual({ ok: false, error: { code: 'LOCKED', message: 'Terkunci.' } });
  });

  it('answers LOCKED, not INTERNAL, while the database is read-only for a restore or busy', async () => {
    const { backend, session } = await openTestBackend();
    const failing = (code: string) =>
      ({
        ...backend.handlers,
        'units.list': () => {
          throw Object.assign(new Error('attempt to write a readonly database'), { code });
        },
      }) as Handlers;
    const readonly = await dispatch(failing('SQLITE_READONLY'), backend.ctx, 'units.list', {}, session);
    expect(readonly).toMatchObject({
      ok: false,
      error: { code: 'LOCKED', message: expect.stringContaining('memulihkan') },
    });
    const busy = await dispatch(failing('SQLITE_BUSY'), backend.ctx, 'units.list', {}, session);
    expect(busy).toMatchObject({
      ok: false,
      error: { code: 'LOCKED', message: expect.stringContaining('dipakai proses lain') },
    });
  });
});
