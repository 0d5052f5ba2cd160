// Prints the whole bank as JSON on stdout (see README, "Exporting the bank").
import { exportBank } from "../core/bank/export";
import { readBank } from "./lib/read-bank";

process.stdout.write(JSON.stringify(exportBank(readBank()), null, 2) + "\n");
