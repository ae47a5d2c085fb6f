import type { Metadata } from "next";
import { localeOf } from "@/lib/i18n/params";
import { localePath } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import { notFound } from "next/navigation";
import { SeriesPointsTable } from "@/components/chart/SeriesPointsTable";
import { pageMetadata } from "@/lib/site/metadata";
import { sitePaths } from "@/lib/site/site";
import { comparisonView, seriesPageSlugsAll } from "@/lib/site/views";

export const dynamicParams = false;

export function generateStaticParams() {
  return seriesPageSlugsAll().map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string; slug: string }> }): Promise<Metadata> {
  const { slug } = await params;
  const locale = await localeOf(params);
  const view = comparisonView(slug, locale);
  if (view?.kind !== "series") return {};
  const t = translator(locale);
  return pageMetadata({ locale, title: t("chart.page.pointsTitle", { title: view.chart.title }), description: t("chart.page.pointsDescription"), path: sitePaths.points(slug) });
}

/** Every point of one series chart as a table: the chart's text alternative, on a page of its own. */
export default async function PointsPage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { slug } = await params;
  const locale = await localeOf(params);
  const view = comparisonView(slug, locale);
  if (view?.kind !== "series") notFound();
  const t = translator(locale);
  return (
    <>
      <p className="cc-kicker">
        <a href={localePath(locale, sitePaths.comparison(slug))}>{view.chart.title}</a>
      </p>
      <h1>{t("chart.page.pointsTitle", { title: view.chart.title })}</h1>
      <p className="cc-source">{view.chart.sourceLine}</p>
      <SeriesPointsTable view={view} />
    </>
  );
}
