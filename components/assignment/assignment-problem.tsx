import { AppLink } from "@/components/ui/app-link";
import { assignmentProblem, type DecodeFailure } from "@/core/assignment/link/reasons";
import { errorBox } from "@/components/ui/styles";

/** An assignment link that cannot be opened: why, in plain words, and a way on. */
export function AssignmentProblem({ reason }: { reason: DecodeFailure }) {
  return (
    <div role="alert" className={`${errorBox} space-y-2`}>
      <p className="font-semibold">{assignmentProblem(reason)}</p>
      <p>
        <AppLink href="/" className="underline">
          Go to the home page
        </AppLink>{" "}
        to study the article on your own meanwhile.
      </p>
    </div>
  );
}
