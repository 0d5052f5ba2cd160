export const NAV_LINKS = [
  { href: "/", label: "Home" },
  { href: "/article/", label: "Article" },
  { href: "/quiz/", label: "Quiz" },
  { href: "/flashcards/", label: "Flashcards" },
  { href: "/progress/", label: "Progress" },
  { href: "/teach/", label: "Teach" },
] as const;
