import type { z } from 'zod';
import { auditMethods } from './methods/audit';
import { authMethods } from './methods/auth';
import { backupMethods } from './methods/backup';
import { documentMethods } from './methods/documents';
import { employeeMethods } from './methods/employees';
import { evaluationMethods } from './methods/evaluation';
import { realisasiMethods } from './methods/realisasi';
import { settingsMethods } from './methods/settings';
import { skpMethods } from './methods/skp';
import { unitMethods } from './methods/units';
import { userMethods } from './methods/users';
import { yearMethods } from './methods/years';

/** THE table of methods: every capability adds its methods here and nowhere else. */
export const contract = {
  ...unitMethods,
  ...employeeMethods,
  ...settingsMethods,
  ...authMethods,
  ...userMethods,
  ...auditMethods,
  ...yearMethods,
  ...skpMethods,
  ...backupMethods,
  ...documentMethods,
  ...realisasiMethods,
  ...evaluationMethods,
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;
/** What the caller sends (defaults may be left out). */
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
/** What the handler receives, after parsing. */
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = Contract[M]['output'];

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}
