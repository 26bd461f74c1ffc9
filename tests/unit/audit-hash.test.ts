import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../electron/backend/audit/canonical';
import {
  entryHash,
  GENESIS_HASH,
  hashedFieldsJson,
  type HashedFields,
} from '../../electron/backend/audit/trail';

const fields: HashedFields = {
  id: 7,
  at: '2026-11-30T01:02:03.000Z',
  userId: null,
  username: 'sistem',
  method: 'employees.update',
  action: 'UPDATE',
  entityType: 'employee',
  entityId: '12',
  changes: '{"golongan":{"from":"III/c","to":"III/d"}}',
  note: '',
};

describe('audit entry hash', () => {
  it('hashes exactly the canonical JSON of the entry (sorted keys at every depth)', () => {
    expect(hashedFieldsJson(fields)).toBe(canonicalJson(fields));
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}',
    );
  });

  it('changes when any field or the previous hash changes', () => {
    const base = entryHash(GENESIS_HASH, fields);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(entryHash('1'.repeat(64), fields)).not.toBe(base);
    for (const key of Object.keys(fields) as (keyof HashedFields)[]) {
      const changed = {
        ...fields,
        [key]: key === 'id' ? 8 : key === 'userId' ? 1 : `${String(fields[key])}x`,
      };
      expect(entryHash(GENESIS_HASH, changed), key).not.toBe(base);
    }
  });
});
