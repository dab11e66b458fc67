// Rounding for the figures the import writes: derived ratings and the numbers quoted in `derivation` texts.

/** Rounded to two decimals. */
export const round2 = (n: number): number => Math.round(n * 100) / 100;
