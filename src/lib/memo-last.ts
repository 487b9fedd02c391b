// Remembers a function's last arguments and result, compared by identity: shared by every caller, unlike
// a per-component useMemo.

export function memoLast<A extends readonly unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | null = null;
  let lastResult: R;
  return (...args: A): R => {
    if (lastArgs && lastArgs.length === args.length && lastArgs.every((a, i) => Object.is(a, args[i]))) return lastResult;
    lastResult = fn(...args);
    lastArgs = args;
    return lastResult;
  };
}

/**
 * Computes once per object and keeps the result while the object lives (a WeakMap): for lookups derived from
 * a large array that are built only when first asked for.
 */
export function memoPerObject<K extends object, R>(fn: (key: K) => R): (key: K) => R {
  const results = new WeakMap<K, R>();
  return (key: K): R => {
    if (results.has(key)) return results.get(key) as R;
    const result = fn(key);
    results.set(key, result);
    return result;
  };
}
