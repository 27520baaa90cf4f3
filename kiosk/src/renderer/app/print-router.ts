/**
 * `window.print()` on a kiosk: not the browser's A4 print of the whole screen (a dialog nobody can
 * answer, or nothing at all in Electron), but the receipt of what the visitor is looking at,
 * through the shell's receipt printer. The screen showing registers what that is; with nothing
 * registered, printing does nothing.
 */
export type PrintHandler = () => Promise<void>;

export class PrintRouter {
  private handler: PrintHandler | undefined;

  /** Make `handler` what printing does, until the returned function is called. */
  set(handler: PrintHandler): () => void {
    this.handler = handler;
    return () => {
      if (this.handler === handler) this.handler = undefined;
    };
  }

  print(): void {
    void this.handler?.();
  }

  install(win: Window): void {
    win.print = () => this.print();
  }
}
