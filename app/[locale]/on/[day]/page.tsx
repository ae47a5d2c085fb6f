import type { Metadata } from "next";
import { localeOf } from "@/lib/i18n/params";
import { notFound } from "next/navigation";
import { DayClaims } from "@/components/day/DayClaims";
import { IsoDate } from "@/lib/model/dates";
import { formatDateIn } from "@/lib/i18n/format";
import { translator } from "@/lib/i18n/translate";
import { dayPageView } from "@/lib/site/day-views";
import { pageMetadata } from "@/lib/site/metadata";

// Any day of the war, drawn per request (proxy.ts answers 400 for a day not in the calendar).
export const dynamic = "force-dynamic";

type Params = Promise<{ locale: string; day: string }>;

async function dayOf(params: Params) {
  const parsed = IsoDate.safeParse((await params).day);
  return parsed.success ? parsed.data : undefined;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const day = await dayOf(params);
  if (!day) return {};
  const locale = await localeOf(params);
  const t = translator(locale);
  const date = formatDateIn(locale, day);
  return pageMetadata({ locale, title: t("pages.day.title", { date }), description: t("pages.day.description", { date }), path: `/on/${day}` });
}

export default async function DayPage({ params }: { params: Params }) {
  const day = await dayOf(params);
  if (!day) notFound();
  const locale = await localeOf(params);
  const view = dayPageView(day, locale);
  return <DayClaims view={view} claimHref={view.claimHref} locale={locale} />;
}
