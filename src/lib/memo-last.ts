// Remembers a function's last arguments and result, compared by identity: a memoised selector, shared by every
// caller (unlike a per-component useMemo), whose answer depends only on its arguments.

export function memoLast<A extends readonly unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  return memoLastFrom((_previous: R | undefined, ...args: A) => fn(...args));
}

/** The same, with the previous result handed to `fn`, for a result that keeps the parts that did not change. */
export function memoLastFrom<A extends readonly unknown[], R>(fn: (previous: R | undefined, ...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | null = null;
  return (...args: A): R => {
    if (last && last.args.length === args.length && last.args.every((a, i) => Object.is(a, args[i]))) return last.result;
    const result = fn(last?.result, ...args);
    last = { args, result };
    return result;
  };
}
