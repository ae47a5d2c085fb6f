import { servedFile, servedFileNames } from "@/lib/render/served-files";

// The embed's web font, copied from its package by the prebuild.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return servedFileNames("fonts").map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  return servedFile("fonts", (await params).file);
}
