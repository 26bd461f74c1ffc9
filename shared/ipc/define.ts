import type { z } from 'zod';
import type { Access, Effect } from './access';

/** One method of the contract: its input schema, who may call it, whether it writes, and (as a type) its output. */
export interface MethodSpec<I extends z.ZodType, O> {
  input: I;
  output: O;
  access: Access<z.output<I>>;
  effect: Effect;
}

/** Declares the output type of a method; the value is never read at run time. */
export function returns<O>(): O {
  return undefined as O;
}

export function method<I extends z.ZodType, O>(
  spec: Omit<MethodSpec<I, O>, 'effect'> & { effect?: Effect },
): MethodSpec<I, O> {
  return { ...spec, effect: spec.effect ?? 'read' };
}
