import type { settingsMethods } from '../../../shared/ipc/methods/settings';
import { recordChange } from '../audit/trail';
import { callerOf } from '../auth/handlers';
import { hashPassword } from '../auth/password';
import { users } from '../db/schema';
import { conflict } from '../errors';
import type { Handler } from '../handlers';
import { loadDemoData } from '../seed/gayungan';
import { auditedUser, findUserRow } from '../users/queries';
import { assertLogoContent } from './logo';
import { countRows, readSettings, writeOffice } from './store';

type SettingsMethod = keyof typeof settingsMethods;

export const settingsHandlers = {
  'settings.get': (ctx) => readSettings(ctx.db),

  'settings.update': (ctx, input) => {
    assertLogoContent(input.logoDataUrl);
    const { setupCompleted: _before, ...before } = readSettings(ctx.db);
    writeOffice(ctx.db, input, ctx.now());
    recordChange(ctx, 'settings', 'office', before, input);
    return readSettings(ctx.db);
  },

  'setup.status': (ctx) => {
    const { userCount, unitCount, employeeCount } = countRows(ctx.db);
    const { officeName, logoDataUrl } = readSettings(ctx.db);
    return { needsSetup: userCount === 0, officeName, logoDataUrl, unitCount, employeeCount };
  },

  /** First run: the first ADMIN, the office, optionally the demo office; then that admin is signed in. */
  'setup.complete': (ctx, input) => {
    if (countRows(ctx.db).userCount > 0) throw conflict('Pengaturan awal sudah pernah diselesaikan.');
    assertLogoContent(input.office.logoDataUrl);
    const now = ctx.now().toISOString();
    const { id } = ctx.db
      .insert(users)
      .values({
        username: input.admin.username,
        displayName: input.admin.displayName,
        role: 'ADMIN',
        passwordHash: hashPassword(input.admin.password),
        lastLoginAt: now,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: users.id })
      .get();
    const admin = findUserRow(ctx.sql, id)!;
    const asAdmin = { ...ctx, caller: callerOf(admin) };
    recordChange(asAdmin, 'user', id, null, auditedUser(admin), 'Admin pertama dibuat pada pengaturan awal.');
    writeOffice(ctx.db, input.office, ctx.now());
    recordChange(asAdmin, 'settings', 'office', null, input.office);
    if (input.loadDemo) loadDemoData(asAdmin);
    ctx.session.token = ctx.sessions.create(id, ctx.now().getTime());
    return readSettings(ctx.db);
  },
} satisfies { [M in SettingsMethod]: Handler<M> };
