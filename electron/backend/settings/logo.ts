import { fieldError } from '../errors';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);

/** The data URL's declared type must match the bytes themselves, not just its prefix. */
export function assertLogoContent(dataUrl: string | null): void {
  if (dataUrl === null) return;
  const [header, base64 = ''] = dataUrl.split(',', 2);
  const bytes = Buffer.from(base64, 'base64');
  const expected = header?.startsWith('data:image/png') ? PNG : JPEG;
  if (bytes.length < expected.length || !bytes.subarray(0, expected.length).equals(expected)) {
    throw fieldError('logoDataUrl', 'Isi berkas logo bukan gambar PNG/JPEG yang sah.');
  }
}
