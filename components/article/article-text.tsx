import type { Article } from "@/core/bank/schema";

/** The article, prerendered: headings as h2, each paragraph addressable as #p1, #p2, ... */
export function ArticleText({ article }: { article: Article }) {
  const headingBefore = new Map(article.headings.map((h) => [h.before, h.text]));
  return (
    <article aria-labelledby="article-title" className="max-w-prose font-serif text-lg leading-relaxed">
      <h2 id="article-title" className="font-sans text-2xl font-bold">
        {article.title}
      </h2>
      <p className="mt-1 font-sans text-muted">By {article.author}</p>
      {article.paragraphs.map((p) => {
        const heading = headingBefore.get(p.id);
        return (
          <div key={p.id}>
            {heading ? <h2 className="mt-10 font-sans text-xl font-bold">{heading}</h2> : null}
            <p id={p.id} className="group relative mt-5 scroll-mt-6">
              <a
                href={`#${p.id}`}
                className="mr-2 font-sans text-sm font-semibold text-muted no-underline hover:text-accent-ink"
                aria-label={`Paragraph ${p.id.slice(1)}`}
              >
                ¶{p.id.slice(1)}
              </a>
              <span data-paragraph-text>{p.text}</span>
            </p>
          </div>
        );
      })}
      <footer className="mt-10 border-t border-line pt-4 font-sans text-base text-muted">
        <p>
          “{article.title}” is by {article.author}. The text is reproduced here for study; all rights remain with the
          author.
        </p>
      </footer>
    </article>
  );
}
