import { type NextRequest, NextResponse } from "next/server";
import { NO_PAGE, isDecodablePath, sitePaths } from "@/lib/site/site";

/**
 * Runs only for paths with a "%" in them (see config). Next answers 500 when a dynamic segment is
 * not valid percent-encoding (vercel/next.js#92527, open in 16.4): such a path names nothing here,
 * so it is sent where an unknown page goes, and the answer is the site's own 404, or for
 * /oembed/<file> the oEmbed 404.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (isDecodablePath(pathname)) return NextResponse.next();
  const nowhere = pathname.startsWith(`${sitePaths.oembedEndpoint}/`) ? sitePaths.oembed("-") : NO_PAGE;
  return NextResponse.rewrite(new URL(nowhere, request.url));
}

export const config = { matcher: "/:path(.*%.*)" };
