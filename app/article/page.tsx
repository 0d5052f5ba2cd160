import type { Metadata } from "next";
import { Suspense } from "react";
import { PageHeading } from "@/components/ui/page-heading";
import { ArticleText } from "@/components/article/article-text";
import { ArticleHighlight } from "@/components/article/article-highlight";
import type { Article } from "@/core/bank/schema";
import articleJson from "@/questions/how-to-cooperate-against-terrorism/article.json";

export const metadata: Metadata = {
  title: "The article",
  description: "Read Olivier Guitta's article “How to cooperate against terrorism?” paragraph by paragraph.",
};

const article = articleJson as Article;

export default function Page() {
  return (
    <>
      <PageHeading
        title="The article"
        lead="The full text of the article, with every paragraph numbered so questions can point to their source."
      />
      {/* The query string only exists in the browser: the highlight renders nothing at build time. */}
      <Suspense fallback={null}>
        <ArticleHighlight />
      </Suspense>
      <ArticleText article={article} />
    </>
  );
}
