/**
 * Which materials a visitor has ticked, per item and version: in localStorage on a personal
 * device, in memory only on a shared one (`ephemeral`, as on kiosks). Never sent anywhere.
 */
export interface ChecklistStore {
  get(key: string): ReadonlySet<number>;
  set(key: string, ticked: ReadonlySet<number>): void;
  clear(key: string): void;
  /** Forget everything this store holds (a kiosk visitor walked away). */
  clearAll(): void;
}

const PREFIX = 'yizhan:checklist:';

export function checklistKey(itemId: string, version: string): string {
  return `${itemId}@${version}`;
}

export function memoryStore(): ChecklistStore {
  const map = new Map<string, ReadonlySet<number>>();
  return {
    get: (key) => map.get(key) ?? new Set(),
    set: (key, ticked) => void (ticked.size ? map.set(key, new Set(ticked)) : map.delete(key)),
    clear: (key) => void map.delete(key),
    clearAll: () => map.clear(),
  };
}

/** localStorage when it works (it throws in some private modes and sandboxed frames), else memory. */
export function persistentStore(storage: Storage | undefined = globalThis.localStorage): ChecklistStore {
  const fallback = memoryStore();
  const attempt = <T>(fn: (s: Storage) => T, otherwise: () => T): T => {
    try {
      return storage ? fn(storage) : otherwise();
    } catch {
      return otherwise();
    }
  };
  return {
    get: (key) =>
      attempt(
        (s) => {
          const parsed: unknown = JSON.parse(s.getItem(PREFIX + key) ?? '[]');
          return new Set(Array.isArray(parsed) ? parsed.filter((n): n is number => Number.isInteger(n)) : []);
        },
        () => fallback.get(key),
      ),
    set: (key, ticked) =>
      attempt(
        (s) => (ticked.size ? s.setItem(PREFIX + key, JSON.stringify([...ticked])) : s.removeItem(PREFIX + key)),
        () => fallback.set(key, ticked),
      ),
    clear: (key) =>
      attempt(
        (s) => s.removeItem(PREFIX + key),
        () => fallback.clear(key),
      ),
    clearAll: () =>
      attempt(
        (s) => {
          for (let i = s.length - 1; i >= 0; i--) {
            const k = s.key(i);
            if (k?.startsWith(PREFIX)) s.removeItem(k);
          }
        },
        () => fallback.clearAll(),
      ),
  };
}
