import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * A durable copy of the renderer's outbox. The visitor partition lives in memory (nothing a
 * visitor does should reach the disk), so without this a power cut or an app restart would lose
 * consultations still waiting for the network. The renderer hands the queue over through the
 * bridge whenever it changes and takes it back at start; the file holds only queued submissions,
 * is written atomically (temporary file, then rename) and readable by the kiosk user only.
 */
export class OutboxStore {
  constructor(private readonly file: string) {}

  async save(entries: readonly unknown[]): Promise<void> {
    await mkdir(dirname(this.file), { recursive: true, mode: 0o700 });
    const tmp = `${this.file}.tmp`;
    try {
      await writeFile(tmp, JSON.stringify({ version: 1, entries }), { mode: 0o600 });
      await rename(tmp, this.file);
    } catch (error) {
      await rm(tmp, { force: true });
      throw error;
    }
  }

  /**
   * The saved queue, or an empty one when there is none. A file that cannot be parsed is moved
   * aside (`.corrupt-<time>`) rather than overwritten, so staff can still recover what it held.
   */
  async load(now = Date.now()): Promise<unknown[]> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch {
      return [];
    }
    try {
      const data = JSON.parse(text) as { version?: unknown; entries?: unknown };
      if (data.version === 1 && Array.isArray(data.entries)) return data.entries;
    } catch {
      // fall through to quarantine
    }
    await rename(this.file, `${this.file}.corrupt-${now}`).catch(() => undefined);
    return [];
  }
}
