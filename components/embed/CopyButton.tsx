"use client";

import { useEffect, useState } from "react";
import styles from "./sharing.module.css";

/**
 * Copies `text` to the clipboard. It keeps its place but stays invisible (and out of the keyboard
 * order) until this script runs, so nothing moves when it appears; without JavaScript the code is
 * still there to select.
 */
export function CopyButton({ text, label, className }: { text: string; label: string; className?: string }) {
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
        {state === "copied" ? "Copied" : label}
      </button>
      <span role="status" className={styles.visuallyHidden}>
        {state === "copied" ? "Copied to the clipboard." : state === "failed" ? "Could not copy: select the text and copy it." : ""}
      </span>
    </>
  );
}
