import { existsSync, readdirSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { BUILD_PATHS } from "../site/build-paths";

/**
 * Files the prebuild makes for the site to serve as they are (chart images and CSV, the embed's
 * font), kept under the build's generated root rather than public/, which Next reads from one fixed
 * folder: two builds side by side would share it. Static route handlers serve them, so each build's
 * copies end up in its own dist folder.
 */
export const SERVED_FOLDERS = ["charts", "fonts"] as const;
export type ServedFolder = (typeof SERVED_FOLDERS)[number];

export const SERVED_TYPES: Readonly<Record<string, string>> = {
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".csv": "text/csv; charset=utf-8",
  ".woff2": "font/woff2",
};

/** The file names one folder holds, for generateStaticParams; none when the prebuild has not run. */
export function servedFileNames(folder: ServedFolder, root = BUILD_PATHS.files): string[] {
  const dir = join(root, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => extname(name) in SERVED_TYPES)
    .sort();
}

/** One file with its type, or a 404 for a name the folder does not hold. */
export function servedFile(folder: ServedFolder, name: string, root = BUILD_PATHS.files): Response {
  if (!servedFileNames(folder, root).includes(name)) return new Response("Not found.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const body = readFileSync(join(root, folder, name));
  return new Response(new Uint8Array(body), { headers: { "Content-Type": SERVED_TYPES[extname(name)] ?? "application/octet-stream" } });
}
