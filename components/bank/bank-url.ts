/** Where the built question bank is served (public/data/bank.json, written and validated at build time). */
export const BANK_URL = "/data/bank.json";
