// The virtualizer's code, loaded on demand: only a table longer than VIRTUALIZE_ABOVE rows uses it, and in the
// first load it was 8 KiB gzip of the 250 KiB budget (248.5 KiB with it, 240.5 without). It is fetched once the
// page is idle, or at once when a long table needs it first (saved data read at start-up).
export type VirtualCore = typeof import('@tanstack/react-virtual');

let loaded: VirtualCore | null = null;
let loading: Promise<VirtualCore> | null = null;

/** The virtualizer's code if it has arrived, else null. */
export function virtualCore(): VirtualCore | null {
  return loaded;
}

export function loadVirtualCore(): Promise<VirtualCore> {
  loading ??= import('@tanstack/react-virtual').then(
    (m) => {
      loaded = m;
      return m;
    },
    (e: unknown) => {
      loading = null; // a failed fetch (a new deployment, a dropped connection) is tried again next time
      throw e;
    },
  );
  return loading;
}
