/** A build-wide counter for unique, repeatable element ids when one figure appears on a page more than once. */
let n = 0;
export const nextInstance = (): number => ++n;
