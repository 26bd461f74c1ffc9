import { createHash } from 'node:crypto';
import { canonicalJson } from '../audit/canonical';

/**
 * The SHA-256 of a document's content (its fields, not the PDF bytes): the same record prints the same digest
 * on any PC with any fonts, so verification can recompute it from the record as it stands now.
 */
export function contentDigest(content: unknown): string {
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}
