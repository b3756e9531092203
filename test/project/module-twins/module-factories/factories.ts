// Functions returning modules: every call is a module of its own (none of them is the same module as another).
import { defineModule } from "tsnix";
import users from "./users";

export const user = (name: string, uid: number) =>
  defineModule({ imports: [users], config: { users: { [name]: { uid } } } });

export function group(name: string) {
  return defineModule({ imports: [users], config: { groups: [name] } });
}
