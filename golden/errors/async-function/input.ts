// Refuses async functions (TSNIX1107).
const fetchPort = async (name: string): Promise<number> => name.length;
export default { pending: typeof fetchPort };
