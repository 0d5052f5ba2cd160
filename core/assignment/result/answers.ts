// Answers travel in result codes as positions in the bank's own (unshuffled) order, not as option texts, to stay short.
import type { Question } from "@/core/bank/schema";
import type { Response } from "@/core/quiz/types";

export type RawAnswer =
  | { kind: "index"; value: number }
  | { kind: "set"; values: number[] }
  | { kind: "bool"; value: boolean }
  | { kind: "text"; value: string }
  /** For each left item in the key's order: the index of the chosen right item in the key's order, or null. */
  | { kind: "pairs"; values: (number | null)[] }
  | { kind: "order"; values: number[] };

/** Turns a learner's response into its compact form; null when there is nothing to record. */
export function rawFromResponse(question: Question, response: Response | undefined): RawAnswer | null {
  if (!response || response.type !== question.type) return null;
  switch (response.type) {
    case "single": {
      if (question.type !== "single") return null;
      const i = question.options.findIndex((o) => o.text === response.choice);
      return i < 0 ? null : { kind: "index", value: i };
    }
    case "multiple": {
      if (question.type !== "multiple") return null;
      const values = question.options.map((o, i) => (response.choices.includes(o.text) ? i : -1)).filter((i) => i >= 0);
      return { kind: "set", values };
    }
    case "true-false":
      return { kind: "bool", value: response.value };
    case "typed":
      return response.text.trim() === "" ? null : { kind: "text", value: response.text };
    case "match": {
      if (question.type !== "match") return null;
      const rights = question.answer.map((p) => p.right);
      const values = question.answer.map((p) => {
        const chosen = response.pairs[p.left];
        const i = chosen === undefined ? -1 : rights.indexOf(chosen);
        return i < 0 ? null : i;
      });
      return values.every((v) => v === null) ? null : { kind: "pairs", values };
    }
    case "order": {
      if (question.type !== "order") return null;
      const values = response.items.map((item) => question.answer.indexOf(item));
      return values.some((v) => v < 0) ? null : { kind: "order", values };
    }
  }
}

/** Rebuilds a response from its compact form against the bank; undefined when it does not fit the question. */
export function responseFromRaw(question: Question, raw: RawAnswer | null): Response | undefined {
  if (!raw) return undefined;
  switch (question.type) {
    case "single": {
      const option = raw.kind === "index" ? question.options[raw.value] : undefined;
      return option ? { type: "single", choice: option.text } : undefined;
    }
    case "multiple": {
      if (raw.kind !== "set") return undefined;
      const texts = raw.values.map((i) => question.options[i]?.text);
      if (texts.some((t) => t === undefined) || new Set(raw.values).size !== raw.values.length) return undefined;
      return { type: "multiple", choices: texts as string[] };
    }
    case "true-false":
      return raw.kind === "bool" ? { type: "true-false", value: raw.value } : undefined;
    case "typed":
      return raw.kind === "text" ? { type: "typed", text: raw.value } : undefined;
    case "match": {
      if (raw.kind !== "pairs" || raw.values.length !== question.answer.length) return undefined;
      const pairs: Record<string, string> = {};
      for (const [i, p] of question.answer.entries()) {
        const v = raw.values[i];
        if (v === null || v === undefined) continue;
        const right = question.answer[v]?.right;
        if (right === undefined) return undefined;
        pairs[p.left] = right;
      }
      return { type: "match", pairs };
    }
    case "order": {
      if (raw.kind !== "order" || raw.values.length !== question.answer.length) return undefined;
      if (new Set(raw.values).size !== raw.values.length) return undefined;
      const items = raw.values.map((i) => question.answer[i]);
      return items.some((t) => t === undefined) ? undefined : { type: "order", items: items as string[] };
    }
  }
}
