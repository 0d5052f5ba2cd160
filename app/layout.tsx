import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";
import "./globals.css";
import { SiteHeader } from "@/components/shell/site-header";
import { SiteFooter } from "@/components/shell/site-footer";
import { ThemeScript } from "@/components/shell/theme-script";
import { UpdatePrompt } from "@/components/shell/update-prompt";
import { StorageBanner } from "@/components/shell/storage-banner";

/* Self-hosted (latin, variable weight): no third-party request, and the service worker precaches them with the rest of
   out/. Inter for headings and the interface, Source Serif 4 for reading. `adjustFontFallback` sizes the local
   fallback to the same metrics, so swapping in the real face moves nothing (CLS 0). */
const sans = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  weight: "100 900",
  display: "swap",
  variable: "--font-ui",
  adjustFontFallback: "Arial",
});
const serif = localFont({
  src: "../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2",
  weight: "200 900",
  display: "swap",
  variable: "--font-reading",
  adjustFontFallback: "Times New Roman",
  // Only the article reads in it: no preload on the other pages' critical path.
  preload: false,
});

export const metadata: Metadata = {
  title: { default: "Debrief: study “How to cooperate against terrorism?”", template: "%s · Debrief" },
  description:
    "Quizzes and spaced-repetition flashcards on Olivier Guitta's article “How to cooperate against terrorism?”. Free, private, works offline.",
  applicationName: "Debrief",
  icons: { icon: "/icon.svg", apple: "/icons/apple-touch-icon.png" },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#020617" },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" className={`${sans.variable} ${serif.variable}`} suppressHydrationWarning>
      <head>
        <ThemeScript />
        {/* No paint before the header is whole: a paint mid-parse drew the theme toggle at the row's end and moved it
            72 px once the Menu button arrived (a layout shift on a slow phone). Chromium honours this; others ignore it. */}
        <link rel="expect" href="#main" {...{ blocking: "render" }} />
      </head>
      <body className="flex min-h-screen flex-col font-sans antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900"
        >
          Skip to content
        </a>
        <SiteHeader />
        <StorageBanner />
        {/* At least a screen tall, so the footer starts below the fold: content that arrives after hydration (it
            waits for the question bank and saved progress) then never pushes a visible footer down (CLS 0). */}
        <main
          id="main"
          tabIndex={-1}
          className="mx-auto min-h-screen w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none print:min-h-0"
        >
          {children}
        </main>
        <SiteFooter />
        <UpdatePrompt />
      </body>
    </html>
  );
}
