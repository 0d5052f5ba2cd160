import type { Metadata } from "next";
import { PageHeading } from "@/components/ui/page-heading";

export const metadata: Metadata = {
  title: "Assignment",
  description: "Take an assignment your teacher sent you.",
};

export default function Page() {
  return <PageHeading title="Assignment" lead="Open the link your teacher sent you to start the assignment." />;
}
