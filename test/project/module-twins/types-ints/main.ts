// The bounded integer types of types.ints, at their bounds.
import { defineModule, mkOption, types } from "tsnix";

export default defineModule({
  options: {
    ints: {
      unsigned: mkOption({ type: types.ints.unsigned, default: 0 }),
      positive: mkOption({ type: types.ints.positive, default: 1 }),
      u8: mkOption({ type: types.ints.u8, default: 255 }),
      u16: mkOption({ type: types.ints.u16, default: 0 }),
      u32: mkOption({ type: types.ints.u32, default: 0 }),
      s8: mkOption({ type: types.ints.s8, default: -128 }),
      s16: mkOption({ type: types.ints.s16, default: 0 }),
      s32: mkOption({ type: types.ints.s32, default: 0 }),
      between: mkOption({ type: types.ints.between(-3, 7), default: -3 }),
      percent: mkOption({ type: types.ints.between(0, 100) }),
    },
  },
  config: {
    ints: { u16: 65535, u32: 4294967295, s16: -32768, s32: 2147483647, unsigned: 12, percent: 100, s8: 127 },
  },
});
