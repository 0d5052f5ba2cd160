"use client";

import { AppLink } from "@/components/ui/app-link";
import { useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";
import { loadBank } from "@/components/bank/use-bank";
import type { Source } from "@/core/bank/schema";
import { sourcePlace } from "@/core/bank/source";
import { Notice } from "@/components/ui/notice";
import { backLink, itemKind } from "@/components/article/back-link";

type State = { kind: "none" } | { kind: "found"; place: string; many?: boolean } | { kind: "missing" };

/** The element that holds a source: its paragraph, or the title, byline or heading it names. */
function sourceElement(source: Source): HTMLElement | null {
  const title = document.getElementById("article-title");
  const paragraph = document.getElementById(source.paragraph);
  if (source.part === "title") return title;
  if (source.part === "byline") return title?.nextElementSibling as HTMLElement | null;
  if (source.part === "heading") return paragraph?.previousElementSibling as HTMLElement | null;
  return paragraph;
}

/** Wraps the first occurrence of `quote` in the paragraph's text with <mark>; returns it, or null if absent. */
function markQuote(paragraph: HTMLElement, quote: string): HTMLElement | null {
  const holder = paragraph.querySelector<HTMLElement>("[data-paragraph-text]") ?? paragraph;
  const node = [...holder.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.includes(quote));
  if (!node || !node.textContent) return null;
  const start = node.textContent.indexOf(quote);
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, start + quote.length);
  const mark = document.createElement("mark");
  mark.tabIndex = -1;
  mark.dataset.highlight = "";
  mark.className = "rounded bg-yellow-200 px-0.5 text-slate-950";
  range.surroundContents(mark);
  return mark;
}

/** Undoes markQuote so a second highlight starts from the plain text. */
function clearMarks() {
  for (const mark of document.querySelectorAll("mark[data-highlight]")) {
    const parent = mark.parentNode;
    if (!parent) continue;
    parent.replaceChild(document.createTextNode(mark.textContent ?? ""), mark);
    parent.normalize();
  }
}

/**
 * Reads `?highlight=<item id>`, finds that question's or flashcard's quote in the bank, marks it, scrolls to it and
 * moves focus to it so screen readers read it next.
 */
export function ArticleHighlight() {
  const params = useSearchParams();
  const id = params.get("highlight");
  const [state, setState] = useState<State>({ kind: "none" });

  useEffect(() => {
    if (!id) return;
    let live = true;
    loadBank().then(
      (bank) => {
        if (!live) return;
        const item = [...bank.questions, ...bank.flashcards].find((x) => x.id === id);
        // A question that spans paragraphs has further quotes (`also`): every one is marked, the first focused.
        const sources = item ? [item.source, ...("also" in item ? (item.also ?? []) : [])] : [];
        clearMarks();
        const marks = sources.map((s) => {
          const paragraph = sourceElement(s);
          return paragraph ? markQuote(paragraph, s.quote) : null;
        });
        const mark = marks[0];
        if (!mark || !item) {
          setState({ kind: "missing" });
          return;
        }
        setState({ kind: "found", place: sources.map(sourcePlace).join(" and "), many: sources.length > 1 });
        const reduce = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
        mark.scrollIntoView({ block: "center", behavior: reduce ? "auto" : "smooth" });
        mark.focus({ preventScroll: true });
      },
      () => live && setState({ kind: "missing" }),
    );
    return () => {
      live = false;
    };
  }, [id]);

  if (!id || state.kind === "none") return null;
  const back = backLink(params.get("from"), id);
  const backTo = (
    <AppLink href={back.href} className="font-semibold text-accent-ink underline underline-offset-2">
      {back.label}
    </AppLink>
  );
  return (
    <Notice tone="info" role="status" className="mb-6 max-w-prose">
      {state.kind === "found" ? (
        <p>
          The highlighted {state.many ? "passages" : "passage"} in {state.place}{" "}
          {state.many ? "are the sources" : "is the source"} of the {itemKind(id)}. {backTo}
        </p>
      ) : (
        <p>We could not find the passage for that link, so here is the whole article. {backTo}</p>
      )}
    </Notice>
  );
}
