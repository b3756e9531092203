// uniq and unique refuse a second definition, even an equal one; unique says its own message.
import { defineModule, mkOption, types } from "tsnix";
import again from "./again";

export default defineModule({
  imports: [again],
  options: {
    code: mkOption({ type: types.unique({ message: "Set the code in one module only." }, types.int) }),
  },
  config: { code: 7 },
});
