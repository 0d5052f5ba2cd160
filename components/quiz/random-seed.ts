/** A fresh 32-bit quiz seed. */
export const randomSeed = () => Math.floor(Math.random() * 0x100000000);
