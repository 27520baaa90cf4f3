import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Catalogue } from '@yizhan/catalogue';
import { BundleError, openBundle, openBundleFromData, type BundleHandle, type BundleSnapshot } from '@yizhan/client';
import { SearchEngine, SearchIndexError, type SearchIndexData } from '@yizhan/search';
import { catalogueView, type CatalogueView } from './catalogue-view.js';

type Host = ReactiveControllerHost & HTMLElement;

export interface BundleSource {
  /** Bundle directory URL (`src` attribute). */
  src?: string | null | undefined;
  /** Catalogue given directly as a property; wins over `src`. */
  catalogue?: Catalogue | null | undefined;
  /** Prebuilt search index given with `catalogue`; optional. */
  searchIndex?: unknown;
}

export type BundleStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface BundleProblem {
  /** `offline | http | integrity | format | not-found | unknown | noSource`, a key of `ui:error.*`. */
  code: string;
  values: Record<string, string>;
}

const engines = new WeakMap<object, SearchEngine | BundleError>();

/**
 * The engine for a bundle's prebuilt index, loaded once per index and shared. An index the engine
 * refuses (another format version: the bundle was built by an older `yizhan build`) is a
 * `BundleError` with code `format`, shown like a catalogue of the wrong format.
 */
function engineFor(index: unknown): SearchEngine | BundleError | undefined {
  if (!index || typeof index !== 'object') return undefined;
  let engine = engines.get(index);
  if (!engine) {
    try {
      engine = SearchEngine.load(index as SearchIndexData);
    } catch (error) {
      const { reason = 'shape', expected, actual } = error instanceof SearchIndexError ? error : {};
      engine = new BundleError(
        'format',
        { file: 'search-index.json', reason, expected: String(expected), actual: String(actual) },
        { cause: error },
      );
    }
    engines.set(index, engine);
  }
  return engine;
}

/** Jobs waiting for their turn: the first runs at once, each next one in a new task. */
const turns: Array<() => void> = [];
let taking = false;

function inTurn(job: () => void): void {
  turns.push(job);
  if (taking) return;
  taking = true;
  const next = (): void => {
    const run = turns.shift();
    if (!run) {
      taking = false;
      return;
    }
    try {
      run();
    } finally {
      setTimeout(next, 0);
    }
  };
  next();
}

/**
 * Gives a component the catalogue it shows: from its `src` bundle through @yizhan/client (idb
 * cache, ETag revalidation, works offline after first load) or from a `catalogue` property. Every
 * component with the same `src` shares one download. Re-renders the host when a newer catalogue
 * arrives in the background.
 */
export class BundleController implements ReactiveController {
  status: BundleStatus = 'idle';
  snapshot: BundleSnapshot | undefined;
  problem: BundleProblem | undefined;
  private handle: BundleHandle | undefined;
  private unsubscribe: (() => void) | undefined;
  private key: unknown;
  private connected = false;

  constructor(
    private readonly host: Host,
    private readonly source: () => BundleSource,
  ) {
    host.addController(this);
  }

  get catalogue(): Catalogue | undefined {
    return this.snapshot?.catalogue;
  }

  get view(): CatalogueView | undefined {
    const catalogue = this.catalogue;
    return catalogue ? catalogueView(catalogue) : undefined;
  }

  /** The search engine for this catalogue, loaded from its prebuilt index once and shared. */
  get engine(): SearchEngine | undefined {
    const engine = engineFor(this.snapshot?.searchIndex);
    return engine instanceof SearchEngine ? engine : undefined;
  }

  /** True when showing a cached catalogue because the network is unavailable. */
  get stale(): boolean {
    return this.snapshot?.stale ?? false;
  }

  hostConnected(): void {
    this.connected = true;
    this.sync();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.key = undefined;
  }

  /** Called before each host update: reopen when `src` or `catalogue` changed. */
  hostUpdate(): void {
    this.sync();
  }

  /** Try again after an error (the Retry button). */
  retry(): void {
    this.key = undefined;
    this.sync();
  }

  private sync(): void {
    if (!this.connected) return;
    const { src, catalogue, searchIndex } = this.source();
    const key = catalogue ?? src ?? null;
    if (key === this.key) return;
    this.key = key;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    if (!key) {
      this.status = 'error';
      this.problem = { code: 'noSource', values: {} };
      this.snapshot = undefined;
      return;
    }
    this.status = 'loading';
    this.problem = undefined;
    this.handle = catalogue ? openBundleFromData(catalogue, searchIndex) : openBundle(src!);
    const handle = this.handle;
    this.unsubscribe = handle.subscribe((snapshot) => {
      if (this.handle === handle) this.show(handle, snapshot, src);
    });
    handle.ready.then(
      (snapshot) => {
        if (this.handle === handle) this.show(handle, snapshot, src);
      },
      (error: unknown) => {
        if (this.handle === handle) this.fail(error, src);
      },
    );
  }

  /**
   * Every component on a page shares one download, so the catalogue arrives for all of them in
   * the same moment: each renders it in a task of its own, so that the page answers input between
   * them instead of freezing for all their first renders at once.
   */
  private show(handle: BundleHandle, snapshot: BundleSnapshot, src: string | null | undefined): void {
    inTurn(() => {
      if (this.handle === handle) this.apply(snapshot, src);
    });
  }

  private apply(snapshot: BundleSnapshot, src: string | null | undefined): void {
    const engine = engineFor(snapshot.searchIndex);
    if (engine instanceof BundleError) {
      this.snapshot = undefined;
      this.fail(engine, src);
      return;
    }
    this.snapshot = snapshot;
    this.status = 'ready';
    this.problem = undefined;
    this.host.requestUpdate();
  }

  private fail(error: unknown, src: string | null | undefined): void {
    const err = error as { code?: string; status?: number };
    this.status = 'error';
    this.problem = {
      code: err.code ?? 'unknown',
      values: { status: String(err.status ?? ''), src: String(src ?? '') },
    };
    this.host.requestUpdate();
  }
}
