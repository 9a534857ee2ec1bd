/**
 * Zod schemas built on first use (按需构建的校验模式). A schema that a run never reads — the parameter
 * declarations' schemas (src/profile/parameters/*.ts, read only when a profile file is parsed, never by a
 * run under a built-in profile), the profile input schemas (src/profile/schema.ts) and the holiday
 * notices' schemas (src/calendar/define.ts, read for `--holidays` files only) — is made by
 * {@link lazySchema}: a stand-in that builds the real schema the first time anything of it is read, and
 * from then on is that schema in every way a program can see — its properties and methods (`parse`,
 * `safeParse`, `_zod`, …), `instanceof`, its prototype, its keys — so an importer gets a zod schema, of
 * the same type, as before. Building them at every start cost ≈ 10–20 ms of a 0.5 s start
 * (docs/decisions.md, "Startup: lazy schemas, zlib on first use", and "… eleventh slice: startup").
 * It lives with the model (the lowest floor that builds schemas) so that the calendar, a floor below
 * the profiles, can use it; src/profile/lazy-schema.ts re-exports it.
 *
 * @module
 */

/**
 * A zod schema (or any object) built by `build` on first use, memoised: every read of the result
 * reads the built object (see the module comment).
 *
 * @example
 * const AgeSchema = lazySchema(() => z.number().int().min(0).max(150)); // nothing built yet
 * AgeSchema.safeParse(30).success // true (built here, once)
 * AgeSchema instanceof z.ZodNumber // true
 */
export function lazySchema<S extends object>(build: () => S): S {
  return new Proxy(new Unbuilt(build), STAND_IN) as unknown as S;
}

/** A stand-in's state (the proxy's target): its builder, then the built object. */
class Unbuilt {
  real: object | undefined = undefined;
  constructor(readonly build: () => object) {}
}

const it = (t: object): object => ((t as Unbuilt).real ??= (t as Unbuilt).build());

/** The traps every stand-in shares (one handler, not ten closures a stand-in: the model makes ≈ 200 of them at load). */
const STAND_IN: ProxyHandler<object> = {
  get: (t, key) => Reflect.get(it(t), key),
  set: (t, key, value) => Reflect.set(it(t), key, value),
  has: (t, key) => Reflect.has(it(t), key),
  ownKeys: (t) => Reflect.ownKeys(it(t)),
  // Reported as configurable: the stand-in's own properties are not the schema's, and a proxy may not
  // report a property its target does not hold as non-configurable (zod defines `_zod` so).
  getOwnPropertyDescriptor: (t, key) => {
    const d = Reflect.getOwnPropertyDescriptor(it(t), key);
    return d === undefined ? undefined : { ...d, configurable: true };
  },
  defineProperty: (t, key, descriptor) => Reflect.defineProperty(it(t), key, descriptor),
  deleteProperty: (t, key) => Reflect.deleteProperty(it(t), key),
  getPrototypeOf: (t) => Reflect.getPrototypeOf(it(t)),
  setPrototypeOf: (t, proto) => Reflect.setPrototypeOf(it(t), proto),
};
