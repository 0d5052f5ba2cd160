import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import nextPlugin from "@next/eslint-plugin-next";
import globals from "globals";

// Links inside the app are AppLink (components/ui/app-link.tsx): next/link adds ~2.4 KiB gzip to every page.
const NO_NEXT_LINK = {
  group: ["next/link"],
  message: "Use AppLink from @/components/ui/app-link (next/link costs 2.4 KiB a page).",
};

const ZOD_MESSAGE =
  "No zod in client code (+29 KiB gzip a page): check saved data with valibot (core/validate.ts); `import type` is fine.";

const FEATURES = [
  "article",
  "assignment",
  "export",
  "flashcards",
  "home",
  "inbox",
  "progress",
  "quiz",
  "shell",
  "teach",
];
// The allowed crossings: a student's assignment is played with the quiz player and the teacher's open assignment
// offers its exports, each through a lazy entry; the result inbox's small components are mounted in the teacher's and
// the student's pages.
const SHARED_ACROSS = {
  assignment: ["quiz/quiz-player", "inbox"],
  teach: ["export/lazy-assignment-export", "inbox"],
};

export default tseslint.config(
  {
    ignores: [
      "out/**",
      "server-dist/**",
      ".next/**",
      "node_modules/**",
      "next-env.d.ts",
      "bench/**",
      "test-results/**",
      "playwright-report/**",
      "public/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks, "@next/next": nextPlugin },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...nextPlugin.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The domain core stays pure: no UI, framework, store, browser or ambient clock, randomness or identity.
    files: ["core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["react", "react-dom", "react/*", "react-dom/*"], message: "core/ is pure TypeScript: no React." },
            { group: ["next", "next/*"], message: "core/ is pure TypeScript: no Next." },
            { group: ["zustand", "zustand/*"], message: "core/ is pure TypeScript: no Zustand." },
            {
              group: ["@/components/*", "@/stores/*", "@/lib/*", "**/components/*", "**/stores/*"],
              message: "core/ must not import UI, stores or browser adapters (lib/).",
            },
            { regex: "^(?:\\.\\./)+lib/", message: "core/ must not import browser adapters (lib/)." },
            { group: ["node:*", "crypto", "fs", "path"], message: "core/ runs anywhere: no Node modules." },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        "window",
        "document",
        "localStorage",
        "sessionStorage",
        "navigator",
        { name: "performance", message: "Measure outside core/; pass times in." },
        { name: "crypto", message: "Pass a seed in and use core/random." },
        { name: "globalThis", message: "core/ reads nothing ambient: pass it in." },
      ],
      "no-restricted-properties": [
        "error",
        { object: "Date", property: "now", message: "Pass `now` in as an argument." },
        { object: "Math", property: "random", message: "Pass a seed in and use core/random." },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: "new Date() reads the clock: pass `now` in and use new Date(now).",
        },
      ],
    },
  },
  {
    // One source of randomness: seeds and ids come from lib/random (freshSeed, freshId).
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "stores/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "Math", property: "random", message: "Use freshSeed or freshId from @/lib/random." },
        { object: "crypto", property: "getRandomValues", message: "Use freshSeed or freshId from @/lib/random." },
        { object: "crypto", property: "randomUUID", message: "Use freshId from @/lib/random." },
      ],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [NO_NEXT_LINK] }] },
  },
  // A feature's components use their own folder, the shared primitives in components/ui/ and the bank loader;
  // never another feature's components (move what two features share to components/ui/).
  ...FEATURES.map((feature) => ({
    files: [`components/${feature}/**/*.{ts,tsx}`],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: `^@/components/(?!(?:ui|bank|${feature}${(SHARED_ACROSS[feature] ?? []).map((s) => `|${s}`).join("")})(?:/|$))`,
              message: `components/${feature}/ must not import another feature's components: move shared ones to components/ui/.`,
            },
            { regex: "^\\.\\./", message: "Import other folders by @/ path, so the fence above can see them." },
            NO_NEXT_LINK,
          ],
        },
      ],
    },
  })),
  {
    // Primitives and the bank loader serve every feature, so they import none.
    files: ["components/ui/**/*.{ts,tsx}", "components/bank/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^@/components/(?!(?:ui|bank)(?:/|$))",
              message: "components/ui/ and components/bank/ must not import a feature's components.",
            },
            NO_NEXT_LINK,
          ],
        },
      ],
    },
  },
  {
    // zod stays out of the browser: it adds ~29 KiB gzip to a page (zod/mini 15), against ~2.6 KiB for valibot, which
    // checks saved data (core/validate.ts). zod checks the question bank at build time (core/bank/schema.ts, used by
    // core/bank/checks.ts and scripts/) and request bodies on the server. Types from the bank schema are fine: they
    // vanish at build time, so `import type` is allowed.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "stores/**/*.ts", "lib/**/*.ts", "core/**/*.ts"],
    ignores: ["core/bank/schema.ts", "core/bank/checks.ts", "**/*.test.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: [{ name: "zod", allowTypeImports: true, message: ZOD_MESSAGE }],
          patterns: [
            { group: ["zod/*"], allowTypeImports: true, message: ZOD_MESSAGE },
            { regex: "(?:^|/)schema$", allowTypeImports: true, message: ZOD_MESSAGE },
            { regex: "(?:^|/)bank/checks$|^\\./checks$", allowTypeImports: true, message: ZOD_MESSAGE },
          ],
        },
      ],
    },
  },
  {
    files: ["scripts/sw-template.js"],
    languageOptions: { globals: { ...globals.serviceworker, __PRECACHE__: "readonly" } },
  },
  {
    files: ["scripts/**/*.{mjs,js}", "*.mjs", "*.config.*"],
    ignores: ["scripts/sw-template.js"],
    languageOptions: { globals: { ...globals.node } },
  },
);
