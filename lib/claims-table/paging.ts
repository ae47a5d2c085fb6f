import { formatDate } from "../model/dates";

/**
 * The claims table in pages: tens of thousands of claims cannot stand on one page, so each page
 * holds a few hundred, in the order stated, and an index by month says where each month begins.
 * Every page is a static file: every claim is a link or two away without JavaScript.
 */
export const PAGE_SIZE = 250;

export interface Page<T> {
  /** 1-based. */
  number: number;
  rows: T[];
  /** First and last stated dates on the page. */
  from: string;
  to: string;
}

export interface MonthEntry {
  /** "2022-03". */
  month: string;
  /** "Mar 2022". */
  label: string;
  /** The page on which the month's first claim stands. */
  page: number;
  claims: number;
}

export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The rows of page `number` (1-based), or undefined past the last page. */
export function pageOf<T extends { statedDate: string }>(rows: readonly T[], number: number, size = PAGE_SIZE): Page<T> | undefined {
  if (!Number.isInteger(number) || number < 1 || number > pageCount(rows.length, size)) return undefined;
  const slice = rows.slice((number - 1) * size, number * size);
  return { number, rows: slice, from: slice[0]?.statedDate ?? "", to: slice[slice.length - 1]?.statedDate ?? "" };
}

/** Where each month begins, for rows in the order stated. */
export function monthIndex(rows: readonly { statedDate: string }[], size = PAGE_SIZE): MonthEntry[] {
  const out: MonthEntry[] = [];
  rows.forEach((row, i) => {
    const month = row.statedDate.slice(0, 7);
    const last = out[out.length - 1];
    if (last?.month === month) last.claims += 1;
    else out.push({ month, label: formatDate(`${month}-01`).replace(/^1 /, ""), page: Math.floor(i / size) + 1, claims: 1 });
  });
  return out;
}

/** "/claims" for page 1, "/claims/page/2" after. */
export function pageHref(number: number): string {
  return number <= 1 ? "/claims" : `/claims/page/${number}`;
}

/** The page numbers a pager shows: first, last, and a few around the current one, with gaps as null. */
export function pagerNumbers(current: number, total: number): (number | null)[] {
  const wanted = new Set([1, total, current - 2, current - 1, current, current + 1, current + 2].filter((n) => n >= 1 && n <= total));
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  sorted.forEach((n, i) => {
    const before = sorted[i - 1];
    if (before !== undefined && n - before > 1) out.push(null);
    out.push(n);
  });
  return out;
}
