import { servedFile, servedFileNames } from "@/lib/render/served-files";

// Each comparison's image (SVG, PNG at three widths) and CSV, as the prebuild made them.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return servedFileNames("charts").map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  return servedFile("charts", (await params).file);
}
