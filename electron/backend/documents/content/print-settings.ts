import path from 'node:path';
import type { BackendContext } from '../../context';
import { readSettings } from '../../settings/store';
import type { PrintSettings } from '../render/settings';

function logoBytes(dataUrl: string | null): Buffer | null {
  if (!dataUrl) return null;
  const comma = dataUrl.indexOf(',');
  if (comma < 0) return null;
  const bytes = Buffer.from(dataUrl.slice(comma + 1), 'base64');
  return bytes.length > 0 ? bytes : null;
}

/**
 * The letterhead and place from the office settings. The fonts live beside the migrations in `resources/`
 * (source tree) or in the packaged app's resources folder (electron-builder extraResources), so their folder is
 * derived from the migrations folder the shell passes to `openBackend`.
 */
export function loadPrintSettings(ctx: BackendContext): PrintSettings {
  const office = readSettings(ctx.db);
  return {
    officeName: office.officeName,
    instansiName: office.instansiName,
    address: office.address,
    city: office.placeName || office.cityName.replace(/^(Kota|Kabupaten)\s+/i, ''),
    letterheadLines: office.letterheadLines,
    logoPng: logoBytes(office.logoDataUrl),
    fontsDir: path.join(path.dirname(ctx.migrationsDir), 'fonts'),
  };
}
