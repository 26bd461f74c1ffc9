/** pdfkit writes one `/Type /Page` dictionary per page (and `/Type /Pages` for the page tree). */
export function countPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}
