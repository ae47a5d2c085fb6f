import type { Sharing } from "@/lib/embed/sharing";
import { formatDate } from "@/lib/model/dates";
import { sitePaths } from "@/lib/site/site";
import { CodeBlock } from "./CodeBlock";
import styles from "./sharing.module.css";

/** "Embed this chart": the code with and without the resize script, and a preview of the embed. */
export function EmbedThisChart({ sharing }: { sharing: Sharing }) {
  const { embed } = sharing;
  return (
    <section className={styles.section} aria-labelledby="embed-title">
      <h2 id="embed-title">Embed this chart</h2>
      <p>
        Paste this code where the chart should appear. The script sizes the frame to the chart; without it, the frame is tall enough to show the
        whole chart at any width. Add <code>theme=light</code> or <code>theme=dark</code> to the query of the address in <code>src</code> to fix its colours;
        by default they follow the reader&apos;s setting.
      </p>
      <CodeBlock id="embed-code-script" label="With automatic height (recommended)" text={embed.withScript} copyLabel="Copy code" />
      <CodeBlock id="embed-code-iframe" label="The frame alone" text={embed.iframeOnly} copyLabel="Copy code" />
      {sharing.pinnedTo ? (
        <>
          <p>
            This code is pinned: the chart in your article keeps showing what had been published by {formatDate(sharing.pinnedTo)}, whatever is
            added or revised later.
          </p>
          {sharing.latest ? <CodeBlock id="embed-code-latest" label="Or: always show the latest figures" text={sharing.latest.withScript} copyLabel="Copy code" /> : null}
        </>
      ) : null}
      <h3>Preview</h3>
      <iframe className={styles.preview} src={embed.previewSrc} title={`Preview of the embed: ${sharing.title}`} height={embed.previewHeight} loading="lazy" />
      {/* The same resize script a host page includes, so the preview shows what readers will see. */}
      <script async src={sitePaths.embedScript} />
    </section>
  );
}
