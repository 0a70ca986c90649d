/** "1 document", "3 documents": counts the UI shows. */
export const plural = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
