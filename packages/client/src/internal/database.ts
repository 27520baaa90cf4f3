import { openDB, type DBSchema, type IDBPDatabase, type OpenDBCallbacks } from 'idb';

/**
 * A lazily opened IndexedDB connection that degrades to "no database" instead of failing:
 * IndexedDB is missing in some embedded web views, throws in Firefox private windows and can
 * be blocked by another tab holding an old version open. Callers then keep data in memory.
 */
export interface LazyDatabase<S extends DBSchema> {
  /** The open database, or undefined when IndexedDB cannot be used here. */
  get(): Promise<IDBPDatabase<S> | undefined>;
  close(): void;
}

/** Past this, an open that neither succeeds nor fails (seen in old WebKit) counts as unavailable. */
const OPEN_GIVE_UP_MS = 5000;

export function lazyDatabase<S extends DBSchema>(
  name: string,
  version: number,
  upgrade: NonNullable<OpenDBCallbacks<S>['upgrade']>,
): LazyDatabase<S> {
  let pending: Promise<IDBPDatabase<S> | undefined> | undefined;
  let opened: IDBPDatabase<S> | undefined;
  const reset = () => {
    opened?.close();
    opened = undefined;
    pending = undefined;
  };
  return {
    get() {
      pending ??= openSafely<S>(name, version, {
        upgrade,
        // Another tab wants a newer schema: let it proceed; we reopen on the next call.
        blocking: reset,
        terminated: reset,
      }).then((db) => (opened = db));
      return pending;
    },
    close: reset,
  };
}

async function openSafely<S extends DBSchema>(
  name: string,
  version: number,
  callbacks: OpenDBCallbacks<S>,
): Promise<IDBPDatabase<S> | undefined> {
  if (typeof indexedDB === 'undefined') return undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const opening = openDB<S>(name, version, callbacks);
    const giveUp = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), OPEN_GIVE_UP_MS);
    });
    const db = await Promise.race([opening, giveUp]);
    // An open that completes after we gave up must not leak a connection.
    if (!db) void opening.then((late) => late.close()).catch(() => undefined);
    return db;
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}
