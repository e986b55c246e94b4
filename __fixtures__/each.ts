/**
 * A readonly (`as const`) table for it.each, with its rows as mutable tuples:
 * jest 29's types want those, and `as const` keeps each column's literal type.
 */
export function table<T extends readonly unknown[]>(
  rows: readonly T[]
): { -readonly [K in keyof T]: T[K] }[] {
  return rows as unknown as { -readonly [K in keyof T]: T[K] }[]
}
