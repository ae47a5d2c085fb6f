import type { Metadata } from "next";
import { localeOf } from "@/lib/i18n/params";
import { localePath } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ChartDownloads } from "@/components/chart/ChartDownloads";
import { ChartInWords, chartWordsId } from "@/components/chart/ChartInWords";
import { ComparisonFigure } from "@/components/chart/ComparisonFigure";
import { FigureTable } from "@/components/chart/FigureTable";
import { ControlTimelineView } from "@/components/control/ControlTimelineView";
import { EmbedThisChart } from "@/components/embed/EmbedThisChart";
import { SeriesSections } from "@/components/chart/SeriesSections";
import { comparisonImage, pageMetadata } from "@/lib/site/metadata";
import { siteOrigin, sitePaths } from "@/lib/site/site";
import { comparisonCardSize, comparisonChecks, comparisonSharing, comparisonSlugs, comparisonView } from "@/lib/site/views";

export const dynamicParams = false;

export function generateStaticParams() {
  return comparisonSlugs().map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string; slug: string }> }): Promise<Metadata> {
  const { slug } = await params;
  const locale = await localeOf(params);
  const view = comparisonView(slug, locale);
  if (!view) return {};
  const { title, summary } = view.kind === "control" ? view.timeline : view.chart;
  const metadata = pageMetadata({
    locale,
    title,
    description: summary,
    path: `/compare/${slug}`,
    image: comparisonImage(slug),
    imageSize: comparisonCardSize(slug, locale),
    imageAlt: translator(locale)("chart.page.chartAlt", { title }),
  });
  // oEmbed discovery (oembed.com §4): a per-comparison file, so it works on a static host too.
  const oembed = { url: siteOrigin() + localePath(locale, sitePaths.oembed(slug)), title };
  return { ...metadata, alternates: { ...metadata.alternates, types: { "application/json+oembed": [oembed] } } };
}

export default async function ComparisonPage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { slug } = await params;
  const locale = await localeOf(params);
  const view = comparisonView(slug, locale);
  const sharing = comparisonSharing(slug, locale);
  const checks = comparisonChecks(slug);
  if (!view || !sharing) notFound();
  const { notes, methodology } = view.kind === "control" ? view.timeline : view.chart;
  const t = translator(locale);
  return (
    <>
      <p className="cc-kicker">
        <Link href={`${localePath(locale, "/")}#comparisons`} prefetch={false}>
          {t("chart.page.comparisons")}
        </Link>
      </p>
      {view.kind === "series" ? (
        <SeriesSections view={view} pointsFile={localePath(locale, sitePaths.chartPoints(slug))} />
      ) : view.kind === "figures" ? (
        <>
          <ComparisonFigure chart={view.chart} svgs={view.svgs} titleAs="h1" wordsId={chartWordsId(view.chart.slug)} />
          {view.chart.gap ? (
            <section className="cc-gap" aria-labelledby="gap-title">
              <h2 id="gap-title">
                {t("chart.figures.gapTitle")} <span className="cc-gap-ratio">{view.chart.gap.headline}</span>
              </h2>
              <p>{view.chart.gap.sentence}</p>
              <ul>
                {view.chart.gap.caveats.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
            </section>
          ) : null}
          <section aria-labelledby="in-words">
            <h2 id="in-words">{t("chart.page.inWords")}</h2>
            <ChartInWords slug={view.chart.slug} lines={view.chart.summaryLines} />
          </section>
          <section aria-labelledby="table-title">
            <h2 id="table-title">{t("chart.figures.figuresTitle")}</h2>
            <FigureTable chart={view.chart} />
          </section>
          {checks.length > 0 ? (
            <section aria-labelledby="checks-title">
              <h2 id="checks-title">{t("chart.figures.checksTitle")}</h2>
              <p className="cc-small">{t("chart.figures.checksIntro")}</p>
              <ul>
                {checks.map(({ row, check, tableHref }) => (
                  <li key={row.id}>
                    {row.claimant}, {row.what}: <strong>{row.claimed}</strong>. <Link href={tableHref} prefetch={false}>{check.sentence}</Link>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </>
      ) : (
        <ControlTimelineView timeline={view.timeline} titleAs="h1" />
      )}
      <ChartDownloads sharing={sharing} locale={locale} />
      <EmbedThisChart sharing={sharing} locale={locale} />
      <section aria-labelledby="notes-title">
        <h2 id="notes-title">{t("chart.page.notes")}</h2>
        <ul>
          {notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
        <p>{methodology}</p>
      </section>
    </>
  );
}
