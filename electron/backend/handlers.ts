import type { MethodName, MethodOutput, ParsedInput } from '../../shared/ipc/contract';
import { auditHandlers } from './audit/handlers';
import { authHandlers } from './auth/handlers';
import { backupHandlers } from './backup/handlers';
import type { RequestContext } from './context';
import { documentHandlers } from './documents/handlers';
import { employeeHandlers } from './employees/handlers';
import { evaluationHandlers } from './evaluation/handlers';
import { realisasiHandlers } from './realisasi/handlers';
import { settingsHandlers } from './settings/handlers';
import { skpHandlers } from './skp/handlers';
import { unitHandlers } from './units/handlers';
import { userHandlers } from './users/handlers';
import { yearHandlers } from './years/handlers';

export type Handler<M extends MethodName> = (
  ctx: RequestContext,
  input: ParsedInput<M>,
) => MethodOutput<M> | Promise<MethodOutput<M>>;

export type Handlers = { [M in MethodName]: Handler<M> };

export function createHandlers(): Handlers {
  return {
    ...unitHandlers,
    ...employeeHandlers,
    ...settingsHandlers,
    ...authHandlers,
    ...userHandlers,
    ...auditHandlers,
    ...yearHandlers,
    ...skpHandlers,
    ...backupHandlers,
    ...documentHandlers,
    ...realisasiHandlers,
    ...evaluationHandlers,
  } satisfies Handlers;
}
