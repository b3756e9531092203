// Refuses changing an exported variable (TSNIX1131).
export let count = 0;
count++;
export const other = 1;
