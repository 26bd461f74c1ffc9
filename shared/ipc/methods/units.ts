import { z } from 'zod';
import { UNIT_KINDS, type UnitKind } from '../../domain/positions';
import { HR_ROLES } from '../../domain/roles';
import { roles, signedIn } from '../access';
import { method, returns } from '../define';
import { id, requiredText } from './fields';

export interface UnitDto {
  id: number;
  name: string;
  kind: UnitKind;
  parentId: number | null;
  sortOrder: number;
  /** Active employees directly in this unit. */
  employeeCount: number;
  /** All employees (any activity) directly in this unit: a unit with any cannot be deleted. */
  allEmployeeCount: number;
  childCount: number;
}

const unitName = requiredText('Nama unit kerja', 120);

export const unitMethods = {
  'units.list': method({ input: z.object({}), output: returns<UnitDto[]>(), access: signedIn }),
  'units.create': method({
    input: z.object({ name: unitName, kind: z.enum(UNIT_KINDS), parentId: id.nullable() }),
    output: returns<UnitDto>(),
    access: roles(HR_ROLES),
    effect: 'write',
  }),
  'units.rename': method({
    input: z.object({ id, name: unitName }),
    output: returns<UnitDto>(),
    access: roles(HR_ROLES),
    effect: 'write',
  }),
  'units.move': method({
    input: z.object({ id, parentId: id }),
    output: returns<UnitDto>(),
    access: roles(HR_ROLES),
    effect: 'write',
  }),
  'units.delete': method({
    input: z.object({ id }),
    output: returns<{ id: number }>(),
    access: roles(HR_ROLES),
    effect: 'write',
  }),
};
