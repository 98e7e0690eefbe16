/** What is needed to place a document in time. */
export interface Datable {
  date: string | null;
  fileOrder: number;
}

/**
 * Orders documents chronologically by their ISO dates (a month-only date sorts
 * before the days of that month); documents with the same date keep file
 * order, and undated documents come last in file order — never given a guessed date.
 */
export function compareChronologically(a: Datable, b: Datable): number {
  if (a.date && b.date && a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.date && !b.date) return -1;
  if (!a.date && b.date) return 1;
  return a.fileOrder - b.fileOrder;
}

/** The year of an ISO date, or null. */
export function yearOf(date: string | null): string | null {
  return date?.slice(0, 4) ?? null;
}
