// Every saved shape, snapshotted by kind and version (stores/saved/shapes.json). The rule this test enforces:
// a kind's saved shape may change only together with a new version of the kind (stores/saved/<kind>.ts), with a
// migration from the version before (its rules' `migrate`, see core/progress/envelope chainMigrations). Old tabs
// refuse data newer than they know and never write over it, and new tabs migrate old data, so both keep it.
//
// When this fails because you changed a schema: bump the kind's version, add the migration, then run
// `UPDATE_SAVED_SHAPES=1 TZ=UTC npx vitest run stores/saved-shapes.test.ts` to record the new version's shape.
// Recording never rewrites the shape of a version already recorded: that shape is what old tabs and backups hold.
// Adding an optional field still needs the bump: the version tells an older tab that the data holds fields it does
// not know (they are kept, see core/validate savedObject), and tells readers which fields to expect.
//
// Baseline: every kind at version 1, recorded 2026-12-07 with the optional HandedIn fields (name, attempt, ending,
// sentAt, sentVia) that were added at version 1 before this rule existed; data without them still reads.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type * as v from "valibot";
import { describe, expect, it } from "vitest";
import { StudentDataSchema, TeacherDataSchema } from "@/core/assignment/saved/schemas";
import { InboxDataSchema } from "@/core/inbox/schemas";
import { QuizDataSchema } from "@/core/quiz/schemas";
import { DeckDataSchema } from "@/core/scheduling/schemas";
import { SAVED_KINDS } from "./saved-kinds";

const FILE = join(__dirname, "saved", "shapes.json");

/** The saved schema of each kind, by its storage key. A new kind must be listed here. */
const SCHEMAS: Record<string, v.GenericSchema> = {
  "debrief:quiz": QuizDataSchema,
  "debrief:cards": DeckDataSchema,
  "debrief:teacher": TeacherDataSchema,
  "debrief:inbox": InboxDataSchema,
  "debrief:student": StudentDataSchema,
};

type Node = Record<string, unknown>;

/** A plain JSON description of a valibot schema: types, fields, options, wrapped and piped schemas. */
export function shapeOf(schema: unknown): unknown {
  const s = schema as Node;
  if (s.savedItems) return { items: shapeOf(s.savedItems) };
  if (s.savedEntries) return { entries: shapeOf(s.savedEntries) };
  if (s.kind !== "schema") return { action: s.type };
  const out: Node = { type: s.type };
  if (s.entries) out.entries = Object.fromEntries(Object.entries(s.entries as Node).map(([k, x]) => [k, shapeOf(x)]));
  if (s.item) out.item = shapeOf(s.item);
  if (s.wrapped) out.wrapped = shapeOf(s.wrapped);
  if (typeof s.key === "string") out.key = s.key;
  else if (s.key) out.key = shapeOf(s.key);
  if (s.value) out.value = shapeOf(s.value);
  if (Array.isArray(s.options)) out.options = s.options.map((o) => (typeof o === "object" ? shapeOf(o) : o));
  if ("literal" in s) out.literal = s.literal;
  if (Array.isArray(s.pipe)) out.pipe = (s.pipe as unknown[]).slice(1).map(shapeOf);
  return out;
}

const recorded = JSON.parse(readFileSync(FILE, "utf8")) as Record<string, Record<string, unknown>>;

describe("saved shapes change only with a new version and a migration", () => {
  it("lists the schema of every saved kind", () => {
    expect(Object.keys(SCHEMAS).sort()).toEqual(SAVED_KINDS.map((k) => k.name).sort());
  });

  for (const kind of SAVED_KINDS) {
    it(`${kind.name} at version ${kind.version} has its recorded shape`, async () => {
      const shape = shapeOf(SCHEMAS[kind.name]);
      const versions = (recorded[kind.name] ??= {});
      if (versions[kind.version] === undefined && process.env.UPDATE_SAVED_SHAPES) {
        versions[kind.version] = shape;
        writeFileSync(FILE, `${JSON.stringify(recorded, null, 2)}\n`);
      }
      expect(
        versions[kind.version],
        `${kind.name}: no shape recorded for version ${kind.version}; see the top of this file`,
      ).toBeDefined();
      expect(
        shape,
        `${kind.name}: the saved shape changed but the version is still ${kind.version}: bump the version in ` +
          "stores/saved/, add a migration, and record the new shape (see the top of this file)",
      ).toEqual(versions[kind.version]);
      // Data of every earlier version must be migrated, not refused or read as if it were current.
      if (kind.version > 1) expect((await kind.load()).migrate, `${kind.name}: no migration`).toBeDefined();
    });
  }
});
