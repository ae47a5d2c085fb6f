/**
 * The head of a report in the seeds' format: a first line `date YYYY-MM-DD`, then the text, which
 * may open with a wire dateline ("KYIV/ KHARKIV (Reuters) -").
 */
import { IsoDate } from "../model/dates";
import { PUBLISHER_NOT_IDENTIFIED } from "../model/sources";

export interface ReportHead {
  datePublished: string;
  /** Where the report's own words begin (after the date and any dateline). */
  bodyStart: number;
  /** As printed, e.g. "KYIV/ KHARKIV (Reuters)". */
  dateline?: string;
  /** The agency the dateline credits, else "not identified". */
  publisher: string;
}

const DATE_LINE = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*/;
const DATELINE = /^\s*([\p{Lu}][\p{Lu}\s/,.'’-]*?)\s*\(([^)\n]+)\)\s*[-–—]/u;

/** Reads the date line; throws when the text does not start with one, saying what it found. */
export function readReportHead(text: string, file: string): ReportHead {
  const date = DATE_LINE.exec(text);
  const parsed = IsoDate.safeParse(date?.[1]);
  if (!date || !parsed.success) {
    const first = text.split("\n", 1)[0] ?? "";
    throw new Error(`${file}: expected a first line "date YYYY-MM-DD"; found ${JSON.stringify(first.slice(0, 60))}`);
  }
  const bodyStart = date[0].length;
  const dateline = DATELINE.exec(text.slice(bodyStart));
  if (!dateline) return { datePublished: parsed.data, bodyStart, publisher: PUBLISHER_NOT_IDENTIFIED };
  const place = (dateline[1] ?? "").trim();
  const agency = (dateline[2] ?? "").trim();
  return { datePublished: parsed.data, bodyStart: bodyStart + dateline[0].length, dateline: `${place} (${agency})`, publisher: agency };
}
