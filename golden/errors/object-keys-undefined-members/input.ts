// Object.keys of an object whose members may be set to undefined: JS lists them, tsnix leaves them out (TSNIX1224).
interface User { name: string; shell?: string | undefined }
const user: User = { name: "bob", shell: undefined };
export default Object.keys(user).length;
