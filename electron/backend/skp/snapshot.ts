import { sql } from 'drizzle-orm';
import { formatPangkatGolongan } from '../../../shared/domain/golongan';
import { formatFullName } from '../../../shared/domain/names';
import type { EmployeeStatus, PositionType } from '../../../shared/domain/positions';
import type { PersonSnapshot } from '../../../shared/ipc/methods/skp';
import type { SqlRunner } from '../db/sql-runner';

interface PersonRecord {
  id: number;
  name: string;
  frontTitle: string;
  backTitle: string;
  nip: string;
  status: EmployeeStatus;
  golongan: string | null;
  positionName: string;
  positionType: PositionType;
  unitId: number;
  unitName: string;
  supervisorId: number | null;
}

function personRecord(q: SqlRunner, id: number): PersonRecord | undefined {
  return q.get<PersonRecord>(
    sql`SELECT e.id, e.name, e.front_title AS frontTitle, e.back_title AS backTitle, e.nip, e.status, e.golongan,
          e.position_name AS positionName, e.position_type AS positionType, e.unit_id AS unitId, u.name AS unitName, e.supervisor_id AS supervisorId
        FROM employees e JOIN units u ON u.id = e.unit_id WHERE e.id = ${id}`,
  );
}

function toSnapshot(p: PersonRecord): PersonSnapshot {
  return {
    employeeId: p.id,
    fullName: formatFullName(p),
    nip: p.nip,
    pangkatGolongan: formatPangkatGolongan(p.status, p.golongan),
    positionName: p.positionName,
    unitName: p.unitName,
    positionType: p.positionType,
  };
}

/** Who an SKP names, read live from the register: what a draft shows and what submission freezes. */
export interface Identity {
  employee: PersonSnapshot;
  employeeUnitId: number;
  /** Pejabat penilai kinerja = the atasan langsung (PermenPAN-RB 6/2022). */
  appraiser: PersonSnapshot | null;
  appraiserSupervisor: PersonSnapshot | null;
  officeName: string;
  instansiName: string;
}

/**
 * The office's names from the settings; the kecamatan falls back to the top unit's name (the demo loader fills
 * the register before the settings exist).
 */
export function officeNames(q: SqlRunner): { officeName: string; instansiName: string } {
  const row = q.get<{ value: string }>(sql`SELECT value FROM settings WHERE key = 'office'`);
  const office = row ? (JSON.parse(row.value) as { officeName?: string; instansiName?: string }) : {};
  const root = q.get<{ name: string }>(
    sql`SELECT name FROM units WHERE parent_id IS NULL ORDER BY id LIMIT 1`,
  );
  return {
    officeName: office.officeName || root?.name || '',
    instansiName: office.instansiName ?? '',
  };
}

export function liveIdentity(q: SqlRunner, employeeId: number): Identity | undefined {
  const person = personRecord(q, employeeId);
  if (!person) return undefined;
  const appraiser = person.supervisorId === null ? undefined : personRecord(q, person.supervisorId);
  const appraiserSupervisor =
    appraiser?.supervisorId == null ? undefined : personRecord(q, appraiser.supervisorId);
  return {
    employee: toSnapshot(person),
    employeeUnitId: person.unitId,
    appraiser: appraiser ? toSnapshot(appraiser) : null,
    appraiserSupervisor: appraiserSupervisor ? toSnapshot(appraiserSupervisor) : null,
    ...officeNames(q),
  };
}

/** The revision columns an identity fills. */
export function identityColumns(identity: Identity) {
  return {
    employeeSnapshot: identity.employee,
    appraiserSnapshot: identity.appraiser,
    appraiserSupervisorSnapshot: identity.appraiserSupervisor,
    appraiserEmployeeId: identity.appraiser?.employeeId ?? null,
    employeeUnitId: identity.employeeUnitId,
    officeName: identity.officeName,
    instansiName: identity.instansiName,
  };
}
