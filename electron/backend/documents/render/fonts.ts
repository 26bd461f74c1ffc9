import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The embedded fonts: Liberation Sans 2.1.5 (SIL OFL 1.1, resources/fonts/OFL.txt), metric-compatible with Arial,
 * which the national forms are usually typed in. Read once per process and registered with every document, so
 * a PC without these fonts prints the same.
 */
export const FONT_KEYS = ['regular', 'bold', 'italic'] as const;
export type FontKey = (typeof FONT_KEYS)[number];

const FILES: Readonly<Record<FontKey, string>> = {
  regular: 'LiberationSans-Regular.ttf',
  bold: 'LiberationSans-Bold.ttf',
  italic: 'LiberationSans-Italic.ttf',
};

export type FontSet = Readonly<Record<FontKey, Buffer>>;

const loaded = new Map<string, FontSet>();

export function loadFonts(fontsDir: string): FontSet {
  const cached = loaded.get(fontsDir);
  if (cached) return cached;
  const set = Object.fromEntries(
    FONT_KEYS.map((key) => {
      const file = path.join(fontsDir, FILES[key]);
      try {
        return [key, readFileSync(file)];
      } catch {
        throw new Error(`Berkas huruf ${FILES[key]} tidak ditemukan di ${fontsDir}; pasang ulang SIPKA.`);
      }
    }),
  ) as Record<FontKey, Buffer>;
  loaded.set(fontsDir, set);
  return set;
}

/** fontkit's parsed font, as pdfkit keeps it on its current font (`doc._font.font`); pdfkit accepts it back. */
interface ParsedFont {
  layout(text: string): unknown;
}

interface FontInternals {
  _font: { font: ParsedFont } | null;
}

const parsed = new WeakMap<FontSet, Record<FontKey, ParsedFont>>();

/**
 * Registers the three fonts under their keys. The first document parses the files; later documents of the
 * process reuse the parsed fonts (pdfkit 0.20 takes a fontkit font in place of the bytes), which saves most of
 * the time a single short document takes. Each document still embeds its own subset.
 */
export function registerFonts(doc: PDFKit.PDFDocument, fonts: FontSet): void {
  const ready = parsed.get(fonts);
  if (ready) {
    for (const key of FONT_KEYS) doc.registerFont(key, ready[key] as unknown as Buffer);
    return;
  }
  for (const key of FONT_KEYS) doc.registerFont(key, fonts[key]);
  const internals = doc as unknown as FontInternals;
  const previous = internals._font;
  const opened = Object.fromEntries(
    FONT_KEYS.map((key) => {
      doc.font(key);
      return [key, internals._font!.font];
    }),
  ) as Record<FontKey, ParsedFont>;
  internals._font = previous;
  parsed.set(fonts, opened);
}
