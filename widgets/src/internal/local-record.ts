/**
 * Small JSON records kept on this device (drafts, receipts, "already rated" marks). With
 * `ephemeral` (kiosks) a record lives only in the object returned, so it goes with the element
 * that holds it: a kiosk that replaces its screens for the next visitor leaves nothing behind.
 * When the browser blocks storage, records fall back to this page's memory.
 */
export interface LocalRecord<T> {
  get(): T | undefined;
  set(value: T): void;
  remove(): void;
}

const memory = new Map<string, string>();

function storage(): Storage | undefined {
  try {
    const store = globalThis.localStorage;
    // Safari in private mode and locked-down browsers throw on access or on write.
    const probe = '__yizhan_probe__';
    store.setItem(probe, '1');
    store.removeItem(probe);
    return store;
  } catch {
    return undefined;
  }
}

export function localRecord<T>(key: string, ephemeral: boolean): LocalRecord<T> {
  if (ephemeral) {
    let value: T | undefined;
    return {
      get: () => value,
      set: (next) => void (value = next),
      remove: () => void (value = undefined),
    };
  }
  const store = storage();
  const read = () => (store ? store.getItem(key) : (memory.get(key) ?? null));
  return {
    get() {
      const text = read();
      if (text === null) return undefined;
      try {
        return JSON.parse(text) as T;
      } catch {
        return undefined;
      }
    },
    set(value) {
      const text = JSON.stringify(value);
      if (!store) {
        memory.set(key, text);
        return;
      }
      try {
        store.setItem(key, text);
      } catch {
        // Quota exceeded: keep it for this page at least.
        memory.set(key, text);
      }
    },
    remove() {
      memory.delete(key);
      store?.removeItem(key);
    },
  };
}

/** A key unique to this page and element: two forms on one page keep two drafts. */
export function pageKey(kind: string, element: Element): string {
  const path = globalThis.location?.pathname ?? '';
  return `yizhan:${kind}:${path}${element.id ? `#${element.id}` : ''}`;
}
