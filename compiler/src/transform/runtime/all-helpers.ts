// Loads every runtime helper definition, so the catalogue is complete before any file is lowered.
import "./number-helpers.js";
import "./list-helpers.js";
import "./string-helpers.js";
import "./json-helpers.js";
import "./json-parse-helpers.js";
import "./magic-keys.js";
import "./loop-helpers.js";
import "../visitors/typeof.js";
import "./nullish-helpers.js";
