/** The office's letterhead and place, read from the settings; plain data so a worker thread can use it. */
export interface PrintSettings {
  officeName: string;
  instansiName: string;
  address: string;
  /** Place printed before the date above a signature. */
  city: string;
  letterheadLines: string[];
  /** PNG or JPEG bytes; null (or bytes pdfkit cannot read) prints the letterhead as text only. */
  logoPng: Buffer | null;
  /** Folder with the embedded TTF fonts (resources/fonts beside resources/migrations). */
  fontsDir: string;
}
