import { copyWords } from "@/components/chart/ChartDownloads";
import type { Sharing } from "@/lib/embed/sharing";
import { chartWords } from "@/lib/chart/words";
import type { Locale } from "@/lib/i18n/locales";
import { sitePaths } from "@/lib/site/site";
import { CodeBlock } from "./CodeBlock";
import styles from "./sharing.module.css";

/** "Embed this chart": the code with and without the resize script, and a preview of the embed. */
export function EmbedThisChart({ sharing, locale = "en" }: { sharing: Sharing; locale?: Locale }) {
  const { embed } = sharing;
  const { t, date } = chartWords(locale);
  const copy = copyWords(locale);
  return (
    <section className={styles.section} aria-labelledby="embed-title">
      <h2 id="embed-title">{t("chart.embed.title")}</h2>
      <p>{t.rich("chart.embed.intro", { code: (chunks) => <code>{chunks}</code> })}</p>
      <CodeBlock id="embed-code-script" label={t("chart.embed.withScript")} text={embed.withScript} copyLabel={t("chart.embed.copy")} copyWords={copy} />
      <CodeBlock id="embed-code-iframe" label={t("chart.embed.iframeOnly")} text={embed.iframeOnly} copyLabel={t("chart.embed.copy")} copyWords={copy} />
      {sharing.pinnedTo ? (
        <>
          <p>{t("chart.embed.pinned", { date: date(sharing.pinnedTo) })}</p>
          {sharing.latest ? (
            <CodeBlock id="embed-code-latest" label={t("chart.embed.latest")} text={sharing.latest.withScript} copyLabel={t("chart.embed.copy")} copyWords={copy} />
          ) : null}
        </>
      ) : null}
      <h3>{t("chart.embed.preview")}</h3>
      <iframe className={styles.preview} src={embed.previewSrc} title={t("chart.embed.previewTitle", { title: sharing.title })} height={embed.previewHeight} loading="lazy" />
      {/* The same resize script a host page includes, so the preview shows what readers will see. */}
      <script async src={sitePaths.embedScript} />
    </section>
  );
}
