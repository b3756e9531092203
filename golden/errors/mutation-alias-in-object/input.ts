// Refuses changing an array in place after an object literal took a reference to it (TSNIX1133).
const f = () => {
  const list: string[] = [];
  const config = { list };
  list.push("a");
  return config;
};
export default f();
