import { existsSync, readdirSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { encodedOnce, encodedResponse } from "../http/encoded";
import { BUILD_PATHS } from "../site/build-paths";

/**
 * Files the prebuild makes for the site to serve as they are (chart images and CSV), kept under the
 * build's generated root rather than public/, which Next reads from one fixed folder: two builds side
 * by side would share it. Route handlers serve them, compressed once where they are text.
 */
export const SERVED_FOLDERS = ["charts"] as const;
export type ServedFolder = (typeof SERVED_FOLDERS)[number];

export const SERVED_TYPES: Readonly<Record<string, string>> = {
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".csv": "text/csv; charset=utf-8",
};

/** The file names one folder holds; none when the prebuild has not run. */
export function servedFileNames(folder: ServedFolder, root = BUILD_PATHS.files): string[] {
  const dir = join(root, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => extname(name) in SERVED_TYPES)
    .sort();
}

const NOT_FOUND = { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } };

/** One file with its type, or a 404 for a name the folder does not hold. */
export function servedFile(request: Request, folder: ServedFolder, name: string, root = BUILD_PATHS.files): Response {
  if (!servedFileNames(folder, root).includes(name)) return encodedResponse(request, encodedOnce("served:404", () => "Not found."), NOT_FOUND);
  const type = SERVED_TYPES[extname(name)] ?? "application/octet-stream";
  const body = encodedOnce(`served:${root}:${folder}/${name}`, () => new Uint8Array(readFileSync(join(root, folder, name))), { compress: !type.startsWith("image/png") });
  return encodedResponse(request, body, { headers: { "Content-Type": type } });
}
