import type { MethodName, MethodOutput, ParsedInput } from '../../shared/ipc/contract';
import type { BackendContext } from './context';
import { employeeHandlers } from './employees/handlers';
import { settingsHandlers } from './settings/handlers';
import { unitHandlers } from './units/handlers';

export type Handler<M extends MethodName> = (
  ctx: BackendContext,
  input: ParsedInput<M>,
) => MethodOutput<M> | Promise<MethodOutput<M>>;

export type Handlers = { [M in MethodName]: Handler<M> };

export function createHandlers(): Handlers {
  return {
    ...unitHandlers,
    ...employeeHandlers,
    ...settingsHandlers,
  } satisfies Handlers;
}
