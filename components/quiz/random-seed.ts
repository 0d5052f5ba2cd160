import { freshSeed } from "@/lib/random";

/** A fresh 32-bit quiz seed (the app's one source of new seeds). */
export const randomSeed = freshSeed;
