import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A search field's text as a query: debounced while typing, run at once on Enter, and never while
 * an input method is still composing (pinyin letters on their way to a hanzi are not a query; the
 * query runs on compositionend). Bind the handlers to the `<input>`.
 */
export class QueryInputController implements ReactiveController {
  /** The text as typed, untrimmed, for `.value=` on the input. */
  value = '';
  private composing = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly run: (query: string) => void,
    private readonly delayMs = 150,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  readonly onInput = (event: InputEvent): void => {
    this.value = (event.target as HTMLInputElement).value;
    if (event.isComposing || this.composing) return;
    this.schedule();
  };

  readonly onCompositionStart = (): void => {
    this.composing = true;
  };

  readonly onCompositionEnd = (event: CompositionEvent): void => {
    this.composing = false;
    this.value = (event.target as HTMLInputElement).value;
    this.schedule();
  };

  readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Enter' && !event.isComposing && !this.composing) {
      event.preventDefault();
      this.flush();
    }
  };

  /** Run the query now. */
  flush(): void {
    clearTimeout(this.timer);
    this.run(this.value.trim());
  }

  /** Forget the text without running a query (clear buttons, the kiosk's visitor wipe). */
  clear(): void {
    clearTimeout(this.timer);
    this.value = '';
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.delayMs);
  }
}
