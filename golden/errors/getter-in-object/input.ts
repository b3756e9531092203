// Refuses getters in object literals (TSNIX1121).
export default {
  get port() {
    return 22;
  },
};
