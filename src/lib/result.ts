/**
 * @module lib/result
 * Expected failures (a form the rules refuse, a stale version, a name already taken) are values,
 * not exceptions: a function that can fail that way returns a Result, and the caller must look.
 * "Not found" is not a failure but `undefined`. Thrown errors are for what no caller can handle.
 */
export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function err<E>(error: E): { ok: false; error: E } {
  return { ok: false, error };
}
