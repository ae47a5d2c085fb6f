import type { Metadata } from "next";
import Link from "next/link";
import type React from "react";
import { DayPicker } from "@/components/day/DayPicker";
import { formatDateIn } from "@/lib/i18n/format";
import { localePath } from "@/lib/i18n/locales";
import { localeOf } from "@/lib/i18n/params";
import { translator } from "@/lib/i18n/translate";
import { dayBounds } from "@/lib/site/day-views";
import { pageMetadata } from "@/lib/site/metadata";

type Params = Promise<{ locale: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await localeOf(params);
  const t = translator(locale);
  return pageMetadata({ locale, title: t("pages.on.title"), description: t("pages.on.description"), path: "/on" });
}

export default async function OnPage({ params }: { params: Params }) {
  const locale = await localeOf(params);
  const t = translator(locale);
  const { first, last } = dayBounds();
  return (
    <>
      <h1>{t("pages.on.title")}</h1>
      <p className="cc-dek">
        {t("pages.on.dek")}
        {first && last ? ` ${t("pages.on.runs", { first: formatDateIn(locale, first), last: formatDateIn(locale, last) })}` : ""}
      </p>
      <DayPicker first={first} last={last} locale={locale} />
      {last ? (
        <p>
          {t.rich("pages.on.latest", { date: formatDateIn(locale, last), link: (chunks: React.ReactNode) => <Link href={localePath(locale, `/on/${last}`)}>{chunks}</Link> })}
        </p>
      ) : null}
    </>
  );
}
