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
  let real: S | undefined;
  const it = (): S => (real ??= build());
  return new Proxy({} as S, {
    get: (_, key) => Reflect.get(it(), key),
    set: (_, key, value) => Reflect.set(it(), key, value),
    has: (_, key) => Reflect.has(it(), key),
    ownKeys: () => Reflect.ownKeys(it()),
    // Reported as configurable: the stand-in itself has no own properties, and a proxy may not report
    // a property it does not hold as non-configurable (zod defines `_zod` so).
    getOwnPropertyDescriptor: (_, key) => {
      const d = Reflect.getOwnPropertyDescriptor(it(), key);
      return d === undefined ? undefined : { ...d, configurable: true };
    },
    defineProperty: (_, key, descriptor) => Reflect.defineProperty(it(), key, descriptor),
    deleteProperty: (_, key) => Reflect.deleteProperty(it(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(it()),
    setPrototypeOf: (_, proto) => Reflect.setPrototypeOf(it(), proto),
  });
}
