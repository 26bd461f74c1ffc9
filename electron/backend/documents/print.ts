import path from 'node:path';
import type { DocumentKind, DocumentRequest } from '../../../shared/domain/documents';
import type { printInput, PrintPreparation, PrintResult } from '../../../shared/ipc/methods/documents';
import type { z } from 'zod';
import { recordChange } from '../audit/trail';
import type { BackendContext, RequestContext } from '../context';
import { AppError } from '../errors';
import { generateCode } from './codes';
import { contentDigest } from './digest';
import { countPages } from './pages';
import {
  checkTargetPath,
  discardPartial,
  finishPartial,
  rememberedFolder,
  rememberFolder,
  writePartial,
} from './output';
import { codeTaken, insertRegisterEntries, type RegisterEntry } from './register';
import { loadDocumentContent, loadPrintSettings, renderPdf, type DocumentContent } from './render';

const DRAFT_ONLY_MESSAGE = 'Dokumen ini belum disetujui. Cetak sebagai DRAF?';

/** A refusal the renderer answers by asking "cetak sebagai DRAF?": CONFLICT with `fields.draft`. */
function draftOffer(message: string): AppError {
  return new AppError('CONFLICT', message, { draft: message });
}

/** A code no row has yet; a clash of 45 random bits is vanishingly rare, and the insert checks again. */
export function unusedCode(
  ctx: BackendContext,
  kind: DocumentKind,
  taken: ReadonlySet<string> = new Set(),
): string {
  for (;;) {
    const code = generateCode(kind);
    if (!taken.has(code) && !codeTaken(ctx.sql, code)) return code;
  }
}

export function isCodeClash(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return (
    code === 'SQLITE_CONSTRAINT_UNIQUE' && String((error as Error).message).includes('printed_documents.code')
  );
}

/**
 * The content to print. A record that is not approved (or not rated) prints only as a draft: without `draft`
 * the loaders refuse it with CONFLICT, which is marked as a draft offer when the draft would indeed print.
 */
export function loadForPrint(ctx: RequestContext, request: DocumentRequest, draft: boolean): DocumentContent {
  let content: DocumentContent;
  try {
    content = loadDocumentContent(ctx, request, { allowDraft: draft });
  } catch (error) {
    if (draft || !(error instanceof AppError) || error.code !== 'CONFLICT') throw error;
    if (loadDocumentContent(ctx, request, { allowDraft: true }).isDraft) throw draftOffer(error.message);
    throw error;
  }
  if (content.isDraft && !draft) throw draftOffer(DRAFT_ONLY_MESSAGE);
  return content;
}

export function registerEntryOf(
  ctx: RequestContext,
  content: DocumentContent,
  stamp: { code: string; digest: string },
  batchId: string | null,
  printedAt: string,
): RegisterEntry {
  return {
    code: stamp.code,
    kind: content.kind,
    skpId: content.skpId,
    skpRevisionId: content.skpRevisionId,
    periodId: content.periodId,
    unitId: content.unitId,
    employeeId: content.employeeId,
    recordRevision: content.recordRevision,
    digest: stamp.digest,
    title: content.title,
    fileName: content.fileName,
    draft: content.isDraft,
    batchId,
    printedByUserId: ctx.caller?.userId ?? null,
    printedBy: ctx.caller?.displayName ?? 'Sistem',
    printedAt,
  };
}

/** What the audit trail keeps of a print. */
export function auditedPrint(entry: RegisterEntry) {
  const { printedByUserId: _u, printedBy: _b, printedAt: _a, batchId: _batch, ...kept } = entry;
  return kept;
}

export function preparePrint(ctx: RequestContext, request: DocumentRequest): PrintPreparation {
  const content = loadDocumentContent(ctx, request, { allowDraft: true });
  const folder = rememberedFolder(ctx, ctx.caller?.userId ?? null);
  return {
    title: content.title,
    fileName: content.fileName,
    draftOnly: content.isDraft,
    defaultPath: folder === null ? null : path.join(folder, content.fileName),
  };
}

const ATTEMPTS = 3;

/**
 * One document from the record to the file: content, digest and a fresh code, the PDF rendered on this thread
 * (one document takes tens of milliseconds), written as a partial file, then the register row, the audit entry
 * and the rename in one transaction, so a row exists exactly when the file does.
 */
export async function printDocument(
  ctx: RequestContext,
  input: z.output<typeof printInput>,
): Promise<PrintResult> {
  const target = input.targetPath === null ? null : checkTargetPath(input.targetPath);
  const content = loadForPrint(ctx, input.request, input.draft);
  const settings = loadPrintSettings(ctx);
  const digest = contentDigest(content);
  for (let attempt = 1; ; attempt += 1) {
    const stamp = { code: unusedCode(ctx, content.kind), digest, draft: content.isDraft };
    const pdf = await renderPdf([{ content, stamp }], settings);
    const partial = target === null ? null : await writePartial(target, pdf);
    try {
      const registerId = ctx.sqlite.transaction(() => {
        const entry = registerEntryOf(ctx, content, stamp, null, ctx.now().toISOString());
        const [id] = insertRegisterEntries(ctx, [entry]);
        recordChange(
          ctx,
          'printed_document',
          id!,
          null,
          auditedPrint(entry),
          `Cetak ${content.title} (${stamp.code})`,
        );
        if (target !== null && partial !== null) {
          rememberFolder(ctx, ctx.caller?.userId ?? null, target);
          finishPartial(partial, target);
        }
        return id!;
      })();
      return {
        registerId,
        code: stamp.code,
        title: content.title,
        fileName: content.fileName,
        draft: content.isDraft,
        path: target,
        base64: target === null ? pdf.toString('base64') : null,
        pages: countPages(pdf),
      };
    } catch (error) {
      discardPartial(partial);
      if (isCodeClash(error) && attempt < ATTEMPTS) continue;
      throw error;
    }
  }
}
