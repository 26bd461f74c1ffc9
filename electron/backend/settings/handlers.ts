import type { settingsMethods } from '../../../shared/ipc/methods/settings';
import { conflict } from '../errors';
import type { Handler } from '../handlers';
import { loadDemoData } from '../seed/gayungan';
import { assertLogoContent } from './logo';
import { countRows, markSetupCompleted, readSettings, writeOffice } from './store';

type SettingsMethod = keyof typeof settingsMethods;

export const settingsHandlers = {
  'settings.get': (ctx) => readSettings(ctx.db),

  'settings.update': (ctx, input) => {
    assertLogoContent(input.logoDataUrl);
    writeOffice(ctx.db, input, ctx.now());
    return readSettings(ctx.db);
  },

  'setup.status': (ctx) => {
    const counts = countRows(ctx.db);
    return { needsSetup: !readSettings(ctx.db).setupCompleted, ...counts };
  },

  'setup.complete': (ctx, input) => {
    assertLogoContent(input.office.logoDataUrl);
    return ctx.db.transaction(() => {
      if (readSettings(ctx.db).setupCompleted) throw conflict('Pengaturan awal sudah pernah diselesaikan.');
      writeOffice(ctx.db, input.office, ctx.now());
      if (input.loadDemo) loadDemoData(ctx);
      markSetupCompleted(ctx.db, ctx.now());
      return readSettings(ctx.db);
    });
  },
} satisfies { [M in SettingsMethod]: Handler<M> };
