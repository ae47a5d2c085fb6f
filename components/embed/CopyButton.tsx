"use client";

import { useEffect, useState } from "react";
import styles from "./sharing.module.css";

/**
 * Copies `text` to the clipboard. It keeps its place but stays invisible (and out of the keyboard
 * order) until this script runs, so nothing moves when it appears; without JavaScript the code is
 * still there to select.
 */
/** What the button says once it has copied, or could not, in the page's edition. */
export interface CopyWords {
  copied: string;
  copiedStatus: string;
  failed: string;
}

const ENGLISH: CopyWords = { copied: "Copied", copiedStatus: "Copied to the clipboard.", failed: "Could not copy: select the text and copy it." };

export function CopyButton({ text, label, className, words = ENGLISH }: { text: string; label: string; className?: string; words?: CopyWords }) {
  const [ready, setReady] = useState(false);
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  useEffect(() => setReady(true), []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      setState("failed");
    }
  }

  return (
    <>
      <button type="button" className={className} style={ready ? undefined : { visibility: "hidden" }} onClick={copy}>
        {state === "copied" ? words.copied : label}
      </button>
      <span role="status" className={styles.visuallyHidden}>
        {state === "copied" ? words.copiedStatus : state === "failed" ? words.failed : ""}
      </span>
    </>
  );
}
