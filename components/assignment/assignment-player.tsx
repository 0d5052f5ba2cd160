"use client";

import { useRouter } from "next/navigation";
import { QuizPlayer, type QuizPlayerProps } from "@/components/quiz/quiz-player";
import { FocusExit } from "@/components/ui/focus-bar";

/**
 * The quiz player for a student's assignment, with its way out: leaving keeps the answers on this device (the same
 * link carries on, under the student's name), so it asks first and says so, and that a time limit keeps running.
 * Fetched with the player, not on the page's first load.
 */
export function AssignmentPlayer({ onLeave, ...props }: Omit<QuizPlayerProps, "exit"> & { onLeave: () => void }) {
  const router = useRouter();
  return (
    <QuizPlayer
      {...props}
      exit={
        <FocusExit
          label="Leave this assignment"
          onExit={() => {
            onLeave();
            router.push("/");
          }}
          confirm={{
            question: "Leave this assignment?",
            detail: `Your answers so far stay on this device: open the link again to carry on.${
              props.deadline == null ? "" : " The time limit keeps running while you are away."
            }`,
            leave: "Leave",
            stay: "Keep going",
          }}
        />
      }
    />
  );
}
