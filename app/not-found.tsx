import Link from "next/link";
import { LostFragment } from "@/components/assignment/lost-fragment";

export default function NotFound() {
  return (
    <div>
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="mt-3">
        This address is not part of Debrief.{" "}
        <Link href="/" className="underline">
          Go to the home page
        </Link>
        .
      </p>
      <LostFragment />
    </div>
  );
}
