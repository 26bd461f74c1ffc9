export interface PersonName {
  name: string;
  frontTitle?: string | null;
  backTitle?: string | null;
}

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Name with academic titles as written on Indonesian documents: "Drs. Budi Santoso, M.Si.".
 * Missing or blank parts are left out; a back title typed with its own leading comma is not doubled.
 */
export function formatFullName({ name, frontTitle, backTitle }: PersonName): string {
  const front = clean(frontTitle);
  const core = clean(name);
  const back = clean(backTitle).replace(/^,\s*/, '');
  let full = [front, core].filter((part) => part !== '').join(' ');
  if (back !== '') full = full === '' ? back : `${full}, ${back}`;
  return full;
}

/**
 * Normalised text for a search column: lower case, diacritics removed (NFKD, then combining marks dropped),
 * whitespace collapsed to single spaces and trimmed. "  Siti  Nurhayatí " → "siti nurhayati".
 */
export function searchKey(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}
