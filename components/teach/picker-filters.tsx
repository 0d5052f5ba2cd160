"use client";

import { useState } from "react";
import type { Bank, Question } from "@/core/bank/schema";
import { LEVEL_LABELS, LEVELS, QUESTION_TYPE_LABELS, QUESTION_TYPES } from "@/core/bank/question-types";
import { compatibleAdditions } from "@/core/bank/excludes";
import { createRandom, shuffle } from "@/core/random";
import { input, secondaryButton } from "@/components/ui/styles";
import { freshSeed } from "@/lib/random";

/** The picker's filters (topic, type, difficulty, level) and "Pick N at random" among the matching questions. */
export function PickerFilters({
  bank,
  topic,
  onTopic,
  type,
  onType,
  difficulty,
  onDifficulty,
  level,
  onLevel,
  pool,
  selected,
  onChange,
  onNote,
}: {
  bank: Bank;
  topic: string;
  onTopic: (topic: string) => void;
  type: string;
  onType: (type: string) => void;
  difficulty: string;
  onDifficulty: (difficulty: string) => void;
  level: string;
  onLevel: (level: string) => void;
  /** The questions matching the search and the filters. */
  pool: readonly Question[];
  selected: string[];
  onChange: (ids: string[]) => void;
  onNote: (note: string) => void;
}) {
  const [count, setCount] = useState(10);
  const pickRandom = () => {
    const chosen = new Set(selected);
    const free = pool.filter((q) => !chosen.has(q.id));
    const fitting = compatibleAdditions(bank.questions, selected, shuffle(free, createRandom(freshSeed())));
    const picked = fitting.slice(0, Math.max(0, count));
    onChange([...selected, ...picked.map((q) => q.id)]);
    onNote(
      picked.length < count
        ? `Added ${picked.length}: only ${fitting.length} matching questions were not already chosen and give no answer away.`
        : `Added ${picked.length} questions at random.`,
    );
  };
  return (
    <div className="mt-2 space-y-3">
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="block">
          Topic
          <select className={input} value={topic} onChange={(e) => onTopic(e.target.value)}>
            <option value="">All topics</option>
            {bank.topics.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
              </option>
            ))}
          </select>
        </label>
        <label className="block">
          Type
          <select className={input} value={type} onChange={(e) => onType(e.target.value)}>
            <option value="">All types</option>
            {QUESTION_TYPES.map((t) => (
              <option key={t} value={t}>
                {QUESTION_TYPE_LABELS[t]}
              </option>
            ))}
          </select>
        </label>
        <label className="block">
          Difficulty
          <select className={input} value={difficulty} onChange={(e) => onDifficulty(e.target.value)}>
            <option value="">Any difficulty</option>
            <option value="1">1 (easy)</option>
            <option value="2">2</option>
            <option value="3">3 (hard)</option>
          </select>
        </label>
        <label className="block">
          Level
          <select className={input} value={level} onChange={(e) => onLevel(e.target.value)}>
            <option value="">Any level</option>
            {LEVELS.map((l) => (
              <option key={l} value={l}>
                {LEVEL_LABELS[l]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="flex flex-wrap items-end gap-2">
        <label className="block w-28">
          How many
          <input
            className={input}
            type="number"
            min={1}
            max={50}
            value={count}
            onChange={(e) => setCount(Math.max(1, Math.min(50, Number(e.target.value) || 1)))}
          />
        </label>
        <button type="button" className={secondaryButton} onClick={pickRandom} disabled={pool.length === 0}>
          Pick {count} at random
        </button>
      </div>
    </div>
  );
}
