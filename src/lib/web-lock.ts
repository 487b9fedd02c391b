// One holder at a time of a named lock shared by every tab of this origin (Web Locks), so a read-modify-write
// of saved data never interleaves with another tab's. Where Web Locks are missing (jsdom, browsers before 2022)
// the tasks of this page still run one after another, and `acrossTabs` says that is all.
export interface Lock {
  <T>(task: () => Promise<T>): Promise<T>;
  /** Whether every tab takes this same lock: only then may a task touch what another tab may be writing. */
  readonly acrossTabs: boolean;
}

const webLocks = () => (typeof navigator === 'undefined' ? undefined : navigator.locks);

/** Tasks of this page, one after another. */
export function pageLock(acrossTabs = false): Lock {
  let queue: Promise<unknown> = Promise.resolve();
  const run = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task);
    queue = next.catch(() => undefined);
    return next;
  };
  return Object.assign(run, { acrossTabs });
}

export function webLock(name: string): Lock {
  const local = pageLock();
  const run = <T>(task: () => Promise<T>): Promise<T> => {
    const locks = webLocks();
    return locks ? locks.request(name, task) : local(task);
  };
  return Object.defineProperty(run, 'acrossTabs', { get: () => webLocks() !== undefined }) as Lock;
}
