/** Reading values a user may have typed into the address bar: anything unexpected reads as absent. */

/** A positive whole number (an id, a page), or null. */
export function positiveInt(value: string | null | undefined): number | null {
  const n = Number(value);
  return value != null && Number.isInteger(n) && n > 0 ? n : null;
}

/** The value when it is one of the list's, or null. */
export function oneOf<T extends string>(list: readonly T[], value: string | null): T | null {
  return list.find((item) => item === value) ?? null;
}
