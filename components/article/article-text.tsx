import type { Article } from "@/core/bank/schema";
import type { ArticleSection } from "@/core/bank/sections";
import { encodeQuizLink } from "@/core/quiz/link";
import { DEFAULT_QUIZ_SETTINGS } from "@/core/quiz/settings";

/**
 * /quiz's address for a practice quiz on one section's paragraphs (/quiz/?n=10&paras=p4-p16&mode=practice): a plain
 * prerendered address that needs no script, with no quiz number, so each visit draws afresh.
 */
export function sectionQuizHref(section: ArticleSection): string {
  const number = (id: string | undefined) => Number(id?.slice(1));
  const paragraphs: [number, number] = [number(section.paragraphs[0]), number(section.paragraphs.at(-1))];
  return `/quiz/?${encodeQuizLink({ ...DEFAULT_QUIZ_SETTINGS, adaptive: false, paragraphs }, null)}`;
}

/**
 * The article, prerendered: its title is the page's h1, headings are h2 (#section-1, #section-2...), each paragraph is
 * addressable as #p1, #p2..., and each section ends with a link to a quiz on it. The section list sits beside the text
 * on wide screens, sticky; on a phone it is a short list above the text.
 */
export function ArticleText({ article, sections }: { article: Article; sections: ArticleSection[] }) {
  const sectionAt = new Map(sections.map((s, i) => [s.paragraphs[0], { section: s, index: i }]));
  const sectionEnd = new Map(sections.map((s) => [s.paragraphs.at(-1), s]));
  return (
    <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_minmax(0,38rem)_minmax(0,1fr)] lg:gap-10">
      <nav aria-label="Sections" className="font-sans lg:col-start-1 lg:justify-self-end">
        <div className="lg:sticky lg:top-6 lg:w-44">
          {/* Not a heading: the article's title stays the page's first. The nav's own name is "Sections". */}
          <p aria-hidden="true" className="text-sm font-semibold tracking-wide text-muted uppercase">
            On this page
          </p>
          <ol className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm lg:flex-col lg:gap-y-2 lg:border-l lg:border-line lg:pl-3">
            <li>
              <a href="#article-title" className="text-accent-ink underline-offset-4 hover:underline">
                Top
              </a>
            </li>
            {sections.map((s) => (
              <li key={s.id}>
                <a href={`#${s.id}`} className="text-accent-ink underline-offset-4 hover:underline">
                  {s.heading}
                </a>
              </li>
            ))}
          </ol>
        </div>
      </nav>
      <article
        id="article-body"
        aria-labelledby="article-title"
        className="mt-6 font-serif text-lg leading-relaxed lg:col-start-2 lg:row-start-1 lg:mt-0"
      >
        <p className="font-sans text-sm font-semibold tracking-wide text-accent-ink uppercase">The article</p>
        <h1
          id="article-title"
          tabIndex={-1}
          className="mt-1 scroll-mt-6 font-sans text-display tracking-tight text-balance focus:outline-none"
        >
          {article.title}
        </h1>
        <p className="mt-2 font-sans text-muted">By {article.author}</p>
        {article.paragraphs.map((p) => {
          const heading = article.headings.find((h) => h.before === p.id)?.text;
          const start = sectionAt.get(p.id);
          const end = sectionEnd.get(p.id);
          return (
            <div key={p.id}>
              {heading ? (
                <h2
                  id={start?.section.id}
                  tabIndex={-1}
                  className="mt-12 scroll-mt-6 font-sans text-title font-bold tracking-tight focus:outline-none"
                >
                  {heading}
                </h2>
              ) : null}
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
              {end && end.questions >= DEFAULT_QUIZ_SETTINGS.count ? (
                <p className="mt-6 font-sans text-base">
                  <a
                    href={sectionQuizHref(end)}
                    className="inline-flex items-center gap-2 rounded-control border border-accent/40 bg-accent-soft px-4 py-2 font-semibold text-accent-ink hover:border-accent"
                    aria-label={`Quiz me on this section: ${end.heading}`}
                  >
                    Quiz me on this section <span aria-hidden="true">→</span>
                  </a>
                </p>
              ) : null}
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
    </div>
  );
}
