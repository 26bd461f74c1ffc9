import { eq, sql } from 'drizzle-orm';
import {
  EVIDENCE_MAX_MB_DEFAULT,
  type OfficeSettings,
  type SettingsDto,
} from '../../../shared/ipc/methods/settings';
import type { Db } from '../db/open';
import type { SqlRunner } from '../db/sql-runner';
import { settings } from '../db/schema';

const OFFICE_KEY = 'office';

const EMPTY_OFFICE: OfficeSettings = {
  instansiName: '',
  officeName: '',
  cityName: '',
  address: '',
  letterheadLines: [],
  placeName: '',
  logoDataUrl: null,
  phone: '',
  email: '',
  idleLockMinutes: 15,
  evidenceMaxMb: EVIDENCE_MAX_MB_DEFAULT,
};

export function readValue<T>(db: Db, key: string): T | undefined {
  const row = db.select({ value: settings.value }).from(settings).where(eq(settings.key, key)).get();
  return row?.value as T | undefined;
}

export function writeValue(db: Db, key: string, value: unknown, now: Date): void {
  db.insert(settings)
    .values({ key, value, updatedAt: now.toISOString() })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: now.toISOString() } })
    .run();
}

/** Read on every call (the idle lock): one cached statement, not the whole settings read. */
export function readIdleLockMinutes(q: SqlRunner): number {
  const row = q.get<{ minutes: number | null }>(
    sql`SELECT json_extract(value, '$.idleLockMinutes') AS minutes FROM settings WHERE key = ${OFFICE_KEY}`,
  );
  return row?.minutes ?? EMPTY_OFFICE.idleLockMinutes;
}

/** The bukti dukung size limit in bytes (1 MB = 1024 × 1024 bytes). */
export function readEvidenceMaxBytes(q: SqlRunner): number {
  const row = q.get<{ mb: number | null }>(
    sql`SELECT json_extract(value, '$.evidenceMaxMb') AS mb FROM settings WHERE key = ${OFFICE_KEY}`,
  );
  return (row?.mb ?? EMPTY_OFFICE.evidenceMaxMb) * 1024 * 1024;
}

export function readSettings(db: Db): SettingsDto {
  const office = { ...EMPTY_OFFICE, ...readValue<Partial<OfficeSettings>>(db, OFFICE_KEY) };
  return { ...office, setupCompleted: countRows(db).userCount > 0 };
}

export function writeOffice(db: Db, office: OfficeSettings, now: Date): void {
  writeValue(db, OFFICE_KEY, office, now);
}

export function countRows(db: Db): { unitCount: number; employeeCount: number; userCount: number } {
  return db.get<{ unitCount: number; employeeCount: number; userCount: number }>(
    sql`SELECT (SELECT count(*) FROM units) AS unitCount, (SELECT count(*) FROM employees) AS employeeCount,
      (SELECT count(*) FROM users) AS userCount`,
  );
}
