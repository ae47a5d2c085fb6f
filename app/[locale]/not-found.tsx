import type { Metadata } from "next";
import Link from "next/link";
import type React from "react";
import { translator } from "@/lib/i18n/translate";

export const metadata: Metadata = {
  title: translator("en")("site.notFound.title"),
  description: translator("en")("site.notFound.description"),
};

/**
 * The 404 page. A not-found page gets no params, so it speaks English; an edition's own pages that find
 * nothing call notFound() and land here too.
 */
export default function NotFound() {
  const t = translator("en");
  return (
    <>
      <h1>{t("site.notFound.title")}</h1>
      <p>
        {t.rich("site.notFound.body", {
          comparisons: (chunks: React.ReactNode) => <Link href="/">{chunks}</Link>,
          claims: (chunks: React.ReactNode) => <Link href="/claims">{chunks}</Link>,
        })}
      </p>
    </>
  );
}
