import type { Metadata } from "next";
import { Suspense } from "react";
import { ArticleText } from "@/components/article/article-text";
import { ArticleHighlight } from "@/components/article/article-highlight";
import { ReadingProgress } from "@/components/article/reading-progress";
import type { Article } from "@/core/bank/schema";
import { articleSections } from "@/core/bank/sections";
import articleJson from "@/questions/how-to-cooperate-against-terrorism/article.json";
import { readBank } from "@/scripts/lib/read-bank";

export const metadata: Metadata = {
  title: "The article",
  description: "Read Olivier Guitta's article “How to cooperate against terrorism?” paragraph by paragraph.",
};

const article = articleJson as Article;

export default function Page() {
  // Read when the site is built: which quiz topics stay inside each section (none of the bank ships with the page).
  const sections = articleSections(article, readBank().questions);
  return (
    <>
      <ReadingProgress targetId="article-body" />
      {/* The query string only exists in the browser: the highlight renders nothing at build time. */}
      <Suspense fallback={null}>
        <ArticleHighlight />
      </Suspense>
      <ArticleText article={article} sections={sections} />
    </>
  );
}
