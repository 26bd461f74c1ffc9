import { fileTypeFromBuffer } from 'file-type';
import { AppError } from '../errors';
import { CFB_MIME_BY_EXTENSION, EVIDENCE_KINDS, extensionOf } from './kinds';

export interface DetectedFile {
  /** The name to keep: the given one, with the right extension added when it had none. */
  fileName: string;
  mimeType: string;
}

export const NOT_EVIDENCE_MESSAGE =
  'Isi berkas bukan PDF, gambar, atau dokumen perkantoran. Unggah berkas PDF, PNG, JPEG, GIF, WebP, atau dokumen Word, Excel, PowerPoint, atau OpenDocument.';

function refuse(message: string): AppError {
  return new AppError('VALIDATION', message, { contentBase64: message });
}

/** "C:\\Users\\x\\laporan.pdf" → "laporan.pdf"; control characters dropped. */
export function cleanFileName(fileName: string): string {
  // eslint-disable-next-line no-control-regex
  const base = (fileName.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return base === '' ? 'berkas' : base;
}

/** Which of the evidence kinds a caller takes (signed scans: PDF and images only), and what to say otherwise. */
export interface AcceptedKinds {
  extensions: readonly string[];
  message: string;
}

/**
 * The file's real type, from its bytes (file-type reads the magic numbers and, for office documents, the
 * container's entries), never from its name. A name whose extension contradicts the content is refused too:
 * it would open in the wrong program, and it is how an executable passes as a PDF.
 */
export async function detectEvidenceFile(
  bytes: Buffer,
  fileName: string,
  accepted?: AcceptedKinds,
): Promise<DetectedFile> {
  const type = await fileTypeFromBuffer(bytes);
  const allowed = type && (!accepted || accepted.extensions.includes(type.ext));
  const spec = type && allowed ? EVIDENCE_KINDS[type.ext] : undefined;
  if (!type || !spec) throw refuse(accepted?.message ?? NOT_EVIDENCE_MESSAGE);
  const name = cleanFileName(fileName);
  const ext = extensionOf(name);
  if (ext === '') {
    if (type.ext === 'cfb') {
      throw refuse(
        'Beri nama berkas dokumen Office 97–2003 ini berakhiran .doc, .xls, atau .ppt, lalu unggah lagi.',
      );
    }
    return { fileName: `${name}.${spec.extensions[0]!}`, mimeType: spec.mime };
  }
  if (!spec.extensions.includes(ext)) {
    throw refuse(
      `Isi berkas adalah ${spec.label}, tetapi namanya berakhiran .${ext}. Ganti nama berkas sesuai isinya, lalu unggah lagi.`,
    );
  }
  return { fileName: name, mimeType: type.ext === 'cfb' ? CFB_MIME_BY_EXTENSION[ext]! : spec.mime };
}
