// Modules made by functions (helper files and local arrows), called several times: each call is its own module.
import { defineModule } from "tsnix";
import { group, user } from "./factories";

const admin = (name: string) => defineModule({ config: { groups: [`${name}-admin`] } });

export default defineModule({
  imports: [
    user("alice", 1000),
    user("bob", 1001),
    group("wheel"),
    group("media"),
    admin("alice"),
    admin("bob"),
  ],
});
