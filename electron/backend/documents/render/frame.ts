import { drawLetterhead, type OpenedImage } from './letterhead';
import type { PrintSettings } from './settings';
import type { Orientation, Writer } from './writer';

/** What a document renderer draws with: the writer, the settings, and a start that opens page 1 with the kop. */
export interface DocumentFrame {
  w: Writer;
  settings: PrintSettings;
  start(orientation: Orientation): void;
}

export function documentFrame(w: Writer, settings: PrintSettings, logo: OpenedImage | null): DocumentFrame {
  return {
    w,
    settings,
    start(orientation) {
      w.newPage(orientation);
      drawLetterhead(w, settings, logo);
    },
  };
}
