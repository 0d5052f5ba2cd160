import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import nextPlugin from "@next/eslint-plugin-next";
import globals from "globals";

export default tseslint.config(
  {
    ignores: [
      "out/**",
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
    // The domain core stays pure: no UI, framework, store or browser-clock imports.
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
              group: ["@/components/*", "@/stores/*", "**/components/*", "**/stores/*"],
              message: "core/ must not import UI or stores.",
            },
          ],
        },
      ],
      "no-restricted-globals": ["error", "window", "document", "localStorage", "sessionStorage", "navigator"],
      "no-restricted-properties": [
        "error",
        { object: "Date", property: "now", message: "Pass `now` in as an argument." },
        { object: "Math", property: "random", message: "Pass a seed in and use core/random." },
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
