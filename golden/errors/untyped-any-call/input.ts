// Refuses calling a value typed `any` (TSNIX1304): tsnix cannot know what it calls.
const hook: any = JSON.parse("{}");
export default { v: hook(1) as number };
