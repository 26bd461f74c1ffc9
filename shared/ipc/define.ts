import type { z } from 'zod';

/** One method of the contract: its input schema and, as a type only, its output. */
export interface MethodSpec<I extends z.ZodType, O> {
  input: I;
  output: O;
}

/** Declares the output type of a method; the value is never read at run time. */
export function returns<O>(): O {
  return undefined as O;
}

export function method<I extends z.ZodType, O>(spec: MethodSpec<I, O>): MethodSpec<I, O> {
  return spec;
}
