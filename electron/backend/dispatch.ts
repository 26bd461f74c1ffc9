import type { z } from 'zod';
import type { Access } from '../../shared/ipc/access';
import { contract, isMethodName, type MethodName } from '../../shared/ipc/contract';
import type { ErrorInfo, Result } from '../../shared/ipc/result';
import { authenticate, authorizeRelation, authorizeRole } from './access';
import type { BackendContext, RequestContext, SessionHolder } from './context';
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

function totalChanges(ctx: BackendContext): number {
  return (ctx.sqlite.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
}

/**
 * A write runs in one transaction and must leave an audit entry for what it changed; a handler that writes
 * without one is a bug, and its write is rolled back rather than kept unaccounted for.
 */
function runWrite(ctx: RequestContext, run: () => unknown): unknown {
  return ctx.sqlite.transaction(() => {
    const auditBefore = ctx.audit.appended;
    const changesBefore = totalChanges(ctx);
    const data = run();
    if (data instanceof Promise)
      throw new Error(`${ctx.method}: handler tulis harus sinkron di dalam transaksi`);
    if (totalChanges(ctx) > changesBefore && ctx.audit.appended === auditBefore) {
      throw new Error(`${ctx.method} mengubah data tanpa mencatat jejak audit`);
    }
    return data;
  })();
}

/**
 * While a restore swaps the data files the connection is read-only, and another program holding the file can
 * make it busy: both are a wait, not a fault, and nothing was written.
 */
function databaseBusyInfo(error: unknown): ErrorInfo | null {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code.startsWith('SQLITE_READONLY')) {
    return {
      code: 'LOCKED',
      message:
        'SIPKA sedang memulihkan data dari cadangan. Tunggu sebentar lalu coba lagi; tidak ada data yang diubah.',
    };
  }
  if (code.startsWith('SQLITE_BUSY')) {
    return {
      code: 'LOCKED',
      message:
        'Basis data sedang dipakai proses lain. Tunggu sebentar lalu coba lagi; tidak ada data yang diubah.',
    };
  }
  return null;
}

/**
 * The one entry point of both transports: looks the method up as an own key, authenticates the session,
 * parses the input with the contract's schema, checks the declared access, runs the handler (a write inside
 * one transaction with its audit entry) and wraps whatever happens in the Result envelope. Never throws.
 */
export async function dispatch(
  handlers: Handlers,
  ctx: BackendContext,
  name: string,
  rawInput: unknown,
  session: SessionHolder = { token: null },
  log: Logger = defaultLogger,
): Promise<Result<unknown>> {
  if (!isMethodName(name) || !Object.hasOwn(handlers, name)) {
    return { ok: false, error: { code: 'NOT_FOUND', message: `Perintah "${name}" tidak dikenal.` } };
  }
  const spec = contract[name];
  const access = spec.access as Access<unknown>;
  try {
    const { caller, touch } = authenticate(ctx, session, name, access);
    const request: RequestContext = { ...ctx, caller, session, method: name };
    const needsInput = authorizeRole(request, access);
    const parsed = spec.input.safeParse(rawInput ?? {});
    if (!parsed.success) return { ok: false, error: validationInfo(parsed.error) };
    if (needsInput) authorizeRelation(request, access, parsed.data);
    const handler = handlers[name] as Handler<MethodName>;
    const run = () => handler(request, parsed.data as never);
    const data = spec.effect === 'write' ? runWrite(request, run) : await run();
    touch();
    return { ok: true, data };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toInfo() };
    const busy = databaseBusyInfo(error);
    if (busy) return { ok: false, error: busy };
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
