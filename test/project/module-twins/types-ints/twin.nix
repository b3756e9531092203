{ lib, ... }:
let
  inherit (lib.types) ints;
in
{
  options.ints = {
    unsigned = lib.mkOption { type = ints.unsigned; default = 0; };
    positive = lib.mkOption { type = ints.positive; default = 1; };
    u8 = lib.mkOption { type = ints.u8; default = 255; };
    u16 = lib.mkOption { type = ints.u16; default = 0; };
    u32 = lib.mkOption { type = ints.u32; default = 0; };
    s8 = lib.mkOption { type = ints.s8; default = -128; };
    s16 = lib.mkOption { type = ints.s16; default = 0; };
    s32 = lib.mkOption { type = ints.s32; default = 0; };
    between = lib.mkOption { type = ints.between (-3) 7; default = -3; };
    percent = lib.mkOption { type = ints.between 0 100; };
  };
  config.ints = {
    u16 = 65535;
    u32 = 4294967295;
    s16 = -32768;
    s32 = 2147483647;
    unsigned = 12;
    percent = 100;
    s8 = 127;
  };
}
