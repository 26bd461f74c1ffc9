import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/backend/dispatch';
import type { Handlers } from '../../electron/backend/handlers';
import type { AuditEntryDto } from '../../shared/ipc/methods/audit';
import { ADMIN, openTestBackend, pnsInput, seedUnits, type TestBackend } from './helpers';

async function withEmployee(t: TestBackend) {
  const units = await seedUnits(t);
  const employee = await t.ok('employees.create', pnsInput({ unitId: units.kel.id }));
  return { units, employee };
}

function tamper(t: TestBackend, statement: string) {
  const { sqlite } = t.backend.ctx;
  sqlite.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
  sqlite.exec(statement);
}

describe('audit trail', () => {
  it('records every write with who, which method and the fields that changed', async () => {
    const t = await openTestBackend();
    const { employee, units } = await withEmployee(t);
    const updated = await t.ok('employees.update', {
      id: employee.id,
      version: employee.version,
      data: pnsInput({ unitId: units.kel.id, backTitle: 'S.STP., M.Si.', golongan: 'III/d' }),
    });
    const history = await t.ok('audit.list', { entityType: 'employee', entityId: String(employee.id) });
    expect(history.rows.map((r) => r.action)).toEqual(['UPDATE', 'CREATE']);
    const [update, create] = history.rows as [AuditEntryDto, AuditEntryDto];
    expect(update).toMatchObject({ username: 'admin', method: 'employees.update', entityType: 'employee' });
    expect(update.changes).toEqual({
      backTitle: { from: 'S.STP.', to: 'S.STP., M.Si.' },
      golongan: { from: 'III/c', to: 'III/d' },
    });
    expect(create.changes.nip).toEqual({ to: '198609262015051001' });
    expect(create.changes).not.toHaveProperty('version');
    await t.ok('employees.setActivity', {
      id: employee.id,
      version: updated.version,
      activity: 'PENSIUN',
      since: '2026-10-01',
      note: 'Pensiun BUP',
    });
    const [deactivated] = (
      await t.ok('audit.list', { entityType: 'employee', entityId: String(employee.id) })
    ).rows;
    expect(deactivated).toMatchObject({
      note: 'Pensiun BUP',
      changes: {
        activity: { from: 'AKTIF', to: 'PENSIUN' },
        inactiveSince: { from: null, to: '2026-10-01' },
      },
    });
    const unitEntries = await t.ok('audit.list', { method: 'units.create' });
    expect(unitEntries.total).toBe(4);
  });

  it('records sign-ins, failed sign-ins and password changes, never a password hash', async () => {
    const t = await openTestBackend();
    await t.err('auth.login', { username: 'admin', password: 'salah-sekali' });
    await t.ok('auth.login', { username: 'admin', password: 'rahasia-admin-1' });
    const notes = (await t.ok('audit.list', { entityType: 'user' })).rows.map((r) => r.note);
    expect(notes.slice(0, 2)).toEqual(['admin masuk.', 'Masuk gagal untuk admin (salah kata sandi ke-1).']);
    await t.ok('users.create', {
      username: 'opr',
      displayName: 'Op',
      role: 'OPERATOR',
      password: 'awal-awal-1',
      passwordConfirm: 'awal-awal-1',
    });
    const stored = t.backend.ctx.sqlite.prepare('SELECT changes FROM audit_log').pluck().all() as string[];
    expect(stored.join('\n')).not.toContain('scrypt$');
  });

  it('says "utuh" for an untouched chain and names an entry edited with raw SQL', async () => {
    const t = await openTestBackend();
    await withEmployee(t);
    const intact = await t.ok('audit.verify', {});
    expect(intact).toMatchObject({ intact: true });
    expect(intact.count).toBe(t.count('audit_log'));
    expect(() => t.backend.ctx.sqlite.exec("UPDATE audit_log SET note = 'x' WHERE id = 3")).toThrow(
      'hanya boleh ditambah',
    );
    tamper(t, `UPDATE audit_log SET changes = '{"name":{"to":"Orang Lain"}}' WHERE id = 3`);
    const verdict = await t.ok('audit.verify', {});
    expect(verdict).toMatchObject({ intact: false, entryId: 3, count: 2 });
    expect(verdict.intact === false && verdict.message).toContain('entri #3');
  });

  it('names the gap where an entry was deleted with raw SQL', async () => {
    const t = await openTestBackend();
    await withEmployee(t);
    tamper(t, 'DELETE FROM audit_log WHERE id = 4');
    const verdict = await t.ok('audit.verify', {});
    expect(verdict).toMatchObject({ intact: false, entryId: 5 });
    expect(verdict.intact === false && verdict.message).toContain('#4');
  });

  it('rolls back a write whose handler forgot its audit entry', async () => {
    const t = await openTestBackend();
    const { units } = await withEmployee(t);
    const sloppy = {
      ...t.backend.handlers,
      'units.rename': (ctx, input) => {
        ctx.sqlite.prepare('UPDATE units SET name = ? WHERE id = ?').run(input.name, input.id);
        return { ...units.kel, name: input.name };
      },
    } as Handlers;
    const result = await dispatch(
      sloppy,
      t.backend.ctx,
      'units.rename',
      { id: units.kel.id, name: 'Tanpa Jejak' },
      t.session,
      () => {},
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect((await t.ok('units.list', {})).find((u) => u.id === units.kel.id)?.name).toBe('Kelurahan Uji');
  });

  it('filters by user and date range', async () => {
    let now = Date.parse('2026-11-02T03:00:00Z');
    const t = await openTestBackend({ now: () => new Date(now) });
    await seedUnits(t);
    now = Date.parse('2026-11-05T03:00:00Z');
    await t.ok('auth.login', { username: ADMIN.username, password: ADMIN.password });
    await t.ok('units.create', { name: 'Seksi Baru', kind: 'SEKSI', parentId: 1 });
    const day = new Date(now);
    const iso = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
    const onDay = await t.ok('audit.list', { from: iso, to: iso, entityType: 'unit' });
    expect(onDay.rows.map((r) => r.changes.name?.to)).toEqual(['Seksi Baru']);
    expect((await t.ok('audit.list', { to: '2026-11-03', entityType: 'unit' })).total).toBe(4);
    const [admin] = await t.ok('users.list', {});
    expect((await t.ok('audit.list', { userId: admin!.id })).total).toBe(t.count('audit_log'));
  });
});
