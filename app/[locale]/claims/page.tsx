import type { Metadata } from "next";
import { localeOf } from "@/lib/i18n/params";
import { ClaimsPageBody } from "@/components/claims/ClaimsPageBody";
import { pageMetadata } from "@/lib/site/metadata";
import { claimsPageView } from "@/lib/site/views";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = await localeOf(params);
  return pageMetadata({
    locale,
  title: "Every claim",
  description: "Every claim in the dataset, page by page in the order stated, with its verbatim quote or table cell, claimant and source.",
  path: "/claims",
  });
}

export default function ClaimsPage() {
  const view = claimsPageView(1);
  return view ? <ClaimsPageBody view={view} /> : null;
}
