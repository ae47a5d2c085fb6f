import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site/SiteFooter";
import { SiteHeader } from "@/components/site/SiteHeader";
import { loadDataset } from "@/lib/dataset/load";
import { pageMetadata, SITE_NAME, siteUrl } from "@/lib/site/metadata";
import "./fonts.css";
import "./globals.css";

const description = "Competing war claims side by side, every figure traceable to its verbatim quote.";

export const metadata: Metadata = {
  ...pageMetadata({ title: SITE_NAME, description }),
  metadataBase: siteUrl(),
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <SiteHeader />
        <main id="main">{children}</main>
        <SiteFooter meta={loadDataset().meta} />
      </body>
    </html>
  );
}
