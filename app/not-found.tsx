import Link from "next/link";
import { LazyLostFragment } from "@/components/shell/lazy-lost-fragment";

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
      <LazyLostFragment />
    </div>
  );
}
