// Pins exact conversion of booleans and nullable strings in templates (JS prints true/false/null).
const enable = true;
const lookup = (name: string): string | null => (name === "alpha" ? "10.0.0.1" : null);
const isAdmin = (name: string): boolean => name === "root";
export default {
  literal: `enable=${enable}`,
  computed: `admin=${isAdmin("root")},${isAdmin("bob")}`,
  found: `addr=${lookup("alpha")}`,
  missing: `addr=${lookup("beta")}`,
};
