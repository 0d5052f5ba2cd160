import type { Metadata } from "next";
import { PageHeading } from "@/components/ui/page-heading";

export const metadata: Metadata = {
  title: "The article",
  description: "Read Olivier Guitta's article “How to cooperate against terrorism?” paragraph by paragraph.",
};

export default function Page() {
  return (
    <PageHeading
      title="The article"
      lead="The full text of the article, with every paragraph numbered so questions can point to their source."
    />
  );
}
