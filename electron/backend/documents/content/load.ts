import type { DocumentRequest } from '../../../../shared/domain/documents';
import type { RequestContext } from '../../context';
import { loadDokumenEvaluasiContent, loadEvaluasiContent } from './evaluation';
import { loadRekapContent } from './rekap';
import { loadSkpContent } from './skp';
import type { DocumentContent } from './types';

/**
 * What a document prints, from the record's snapshots. NOT_FOUND for a record that does not exist; CONFLICT with
 * a question for a record that is not final (an unapproved SKP, an unrated evaluation, a period not finalised)
 * unless `allowDraft`, in which case the content says `isDraft` and the PDF carries the DRAF watermark.
 */
export function loadDocumentContent(
  ctx: RequestContext,
  request: DocumentRequest,
  options: { allowDraft: boolean },
): DocumentContent {
  switch (request.kind) {
    case 'SKP':
      return loadSkpContent(ctx, request, options);
    case 'EVALUASI':
      return loadEvaluasiContent(ctx, request, options);
    case 'DOKUMEN_EVALUASI':
      return loadDokumenEvaluasiContent(ctx, request, options);
    case 'REKAP':
      return loadRekapContent(ctx, request, options);
  }
}
