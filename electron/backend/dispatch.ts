import type { z } from 'zod';
import { contract, isMethodName, type MethodName } from '../../shared/ipc/contract';
import type { ErrorInfo, Result } from '../../shared/ipc/result';
import type { BackendContext } from './context';
import { AppError } from './errors';
import type { Handler, Handlers } from './handlers';

export type Logger = (message: string, error: unknown) => void;

const defaultLogger: Logger = (message, error) => console.error(message, error);

export function zodFieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    fields[key] ??= issue.message;
  }
  return fields;
}

function validationInfo(error: z.ZodError): ErrorInfo {
  const fields = zodFieldErrors(error);
  const messages = Object.values(fields);
  const message =
    messages.length === 1 ? messages[0]! : `Periksa kembali isian: ${messages.length} kolom belum benar.`;
  return { code: 'VALIDATION', message, fields };
}

/**
 * The one entry point of both transports: looks the method up as an own key, parses the input with the
 * contract's schema, runs the handler and wraps whatever happens in the Result envelope. Never throws.
 */
export async function dispatch(
  handlers: Handlers,
  ctx: BackendContext,
  name: string,
  rawInput: unknown,
  log: Logger = defaultLogger,
): Promise<Result<unknown>> {
  if (!isMethodName(name) || !Object.hasOwn(handlers, name)) {
    return { ok: false, error: { code: 'NOT_FOUND', message: `Perintah "${name}" tidak dikenal.` } };
  }
  const parsed = contract[name].input.safeParse(rawInput ?? {});
  if (!parsed.success) return { ok: false, error: validationInfo(parsed.error) };
  try {
    const handler = handlers[name] as Handler<MethodName>;
    const data = await handler(ctx, parsed.data as never);
    return { ok: true, data };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toInfo() };
    log(`Kesalahan tak terduga pada ${name}`, error);
    return {
      ok: false,
      error: {
        code: 'INTERNAL',
        message: 'Terjadi kesalahan internal. Data tidak diubah. Silakan coba lagi.',
      },
    };
  }
}
