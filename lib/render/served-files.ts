import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, extname, join } from "node:path";
import { encodeBody, encodedOnce, encodedResponse, precompressedBody } from "../http/encoded";
import { BUILD_PATHS } from "../site/build-paths";
import type { Locale } from "../i18n/locales";

/**
 * Files the prebuild makes for the site to serve as they are (chart images and CSV), kept under the
 * build's generated root rather than public/, which Next reads from one fixed folder: two builds side
 * by side would share it. Route handlers serve them, compressed once where they are text.
 */
export const SERVED_FOLDERS = ["charts", "charts/uk", "charts/ru", "data", "data/sources"] as const;
export type ServedFolder = (typeof SERVED_FOLDERS)[number];

export const SERVED_TYPES: Readonly<Record<string, string>> = {
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".csv": "text/csv; charset=utf-8",
  ".json": "application/json",
};

/** Where the prebuild writes an edition's copy of a chart file: "/charts/x.png" for English, "/charts/uk/x.png" for Ukrainian. */
export function editionFile(locale: Locale, path: string): string {
  return locale === "en" ? path : path.replace(/^\/charts\//, `/charts/${locale}/`);
}

/** The folder an edition's chart files are served from. */
export function chartsFolder(locale: Locale): ServedFolder {
  return locale === "en" ? "charts" : `charts/${locale}`;
}

/** The file names one folder holds; none when the prebuild has not run. */
export function servedFileNames(folder: ServedFolder, root = BUILD_PATHS.files): string[] {
  const dir = join(root, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => extname(name) in SERVED_TYPES)
    .sort();
}

const NOT_FOUND = { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } };

/**
 * Writes a text file to serve with its gzip and brotli copies beside it (name.gz, name.br), made
 * here at build time: the data exports are tens of megabytes, too much to compress on a request.
 */
export function writeServedText(folder: ServedFolder, name: string, text: string, root = BUILD_PATHS.files): void {
  const file = join(root, folder, name);
  mkdirSync(dirname(file), { recursive: true });
  const body = encodeBody(text);
  writeFileSync(file, body.identity);
  writeFileSync(`${file}.gz`, body.gzip);
  writeFileSync(`${file}.br`, body.br);
}

function readServed(file: string, compress: boolean) {
  const identity = new Uint8Array(readFileSync(file));
  if (compress && existsSync(`${file}.gz`) && existsSync(`${file}.br`)) {
    return precompressedBody(identity, new Uint8Array(readFileSync(`${file}.gz`)), new Uint8Array(readFileSync(`${file}.br`)));
  }
  return encodeBody(identity, { compress });
}

/** One file with its type (and any headers given), or a 404 for a name the folder does not hold. */
export function servedFile(request: Request, folder: ServedFolder, name: string, root = BUILD_PATHS.files, headers: Record<string, string> = {}): Response {
  if (!servedFileNames(folder, root).includes(name)) return encodedResponse(request, encodedOnce("served:404", () => "Not found."), NOT_FOUND);
  const type = headers["Content-Type"] ?? SERVED_TYPES[extname(name)] ?? "application/octet-stream";
  const compress = !type.startsWith("image/png");
  const body = servedBody(join(root, folder, name), compress);
  return encodedResponse(request, body, { headers: { ...headers, "Content-Type": type } });
}

const bodies = new Map<string, ReturnType<typeof readServed>>();
/** Each file read (and, where no copies were made ahead, compressed) once for the life of the server. */
function servedBody(file: string, compress: boolean) {
  let body = bodies.get(file);
  if (!body) {
    body = readServed(file, compress);
    bodies.set(file, body);
  }
  return body;
}
