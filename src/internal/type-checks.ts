// Compile-time checks for a zod schema kept beside the interface it describes: the interface
// stays the documented public type, and `Assert<Same<z.output<typeof Schema>, Interface>>`
// fails to compile the moment the two differ. Types only: nothing here exists at run time.

/**
 * True when each of the two types is assignable to the other and they name the same fields
 * (assignability alone lets an optional field on one side only slip through).
 */
export type Same<A, B> = [A] extends [B]
  ? [B] extends [A]
    ? [keyof A] extends [keyof B]
      ? [keyof B] extends [keyof A]
        ? true
        : false
      : false
    : false
  : false;

/** Compiles only when `_Check` is `true`. */
export type Assert<_Check extends true> = never;
