import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Catalogue } from '@yizhan/catalogue';
import type { OutboxEntry } from '@yizhan/client';
import { BundleController } from '../internal/bundle-controller.js';
import { emit } from '../internal/events.js';
import { INTAKE_CHANNELS, TOPICS, type IntakeChannel, type ReplyChannel } from '../internal/intake-constants.js';
import { localRecord, pageKey, type LocalRecord } from '../internal/local-record.js';
import { LocalizeController } from '../internal/localize.js';
import { qrPath, type QrPath } from '../internal/qr-path.js';
import { deliveryOf, sharedOutbox, watchEntry, type Delivery } from '../internal/shared-outbox.js';
import { baseStyles } from '../internal/styles.js';
import { tokenStyles } from '../internal/tokens.styles.js';
import {
  EMPTY_DRAFT,
  FIELDS,
  maskEmail,
  maskMobile,
  questionLength,
  toPayload,
  validateDraft,
  type ConsultDraft,
  type Field,
  type FieldError,
} from './consult-model.js';
import { QUESTION_MAX } from '../internal/intake-constants.js';
import { printAlone } from './print-alone.js';
import { problemOf, type SubmitProblem } from './server-errors.js';
import { fieldStyles } from './field.styles.js';
import { consultStyles } from './yz-consult-form.styles.js';
import type { YzItemPicker } from './yz-item-picker.js';
import type { YzErasedDetail } from './yz-consult-status.js';

export interface YzSubmittedDetail {
  reference: string;
  /** Promised reply date, `YYYY-MM-DD` (Asia/Shanghai). */
  dueDate: string;
}

export interface YzDraftRestoredDetail {
  /** When the draft was last saved (ms since the epoch). */
  savedAt: number;
}

/** What the server answered and the visitor may need again: kept until they start a new question. */
export interface ConsultReceipt {
  reference: string;
  dueDate: string;
  /** Capability to read, export and delete the case (PIPL rights). */
  token: string;
  ratingToken: string;
  replyChannel: ReplyChannel;
  /** Masked contact the reply goes to. */
  contact: string;
}

interface StoredDraft {
  v: 1;
  savedAt: number;
  noticeVersion: string;
  draft: Omit<ConsultDraft, 'website'>;
}

interface PendingSubmission {
  entryId: string;
  replyChannel: ReplyChannel;
  contact: string;
}

type Step = 'form' | 'check' | 'submit' | 'done';

/** Drafts older than this are dropped rather than restored: someone else may be at the computer. */
const DRAFT_MAX_AGE_MS = 7 * 24 * 3600_000;
const COUNT_ANNOUNCE_DELAY_MS = 1000;
/** The intake server's default `retentionDays`. */
const DEFAULT_RETENTION_DAYS = 180;

const CREATED = /^YZ-[0-9]{8}-[0-9A-Z]{6}$/;
function isCreated(
  value: unknown,
): value is { reference: string; token: string; ratingToken: string; dueDate: string } {
  const v = value as Record<string, unknown> | undefined;
  return (
    typeof v?.['reference'] === 'string' &&
    CREATED.test(v['reference']) &&
    typeof v['token'] === 'string' &&
    typeof v['ratingToken'] === 'string' &&
    typeof v['dueDate'] === 'string'
  );
}

const isBlank = (draft: Partial<ConsultDraft>): boolean =>
  !draft.topic && !draft.itemId && !draft.question && !draft.name && !draft.mobile && !draft.email;

/**
 * @summary Consultation form (在线咨询): topic, related service item, question, contact and reply
 * channel, a personal-information notice with separate consent; GOV.UK-style error summary; a
 * check-your-answers step; delivery through the offline outbox; a receipt with reference number,
 * promised reply date, print and QR code, and a satisfaction rating.
 *
 * @attr api - Base URL of the intake server (default: this page's origin).
 * @attr src - Catalogue bundle directory, for picking the related service item.
 * @attr lang - Language (default: the nearest `lang` on the page).
 * @attr channel - Where the question is asked: `web` (default), `kiosk`, `phone` or `window`.
 * @attr item - Preselected service item id.
 * @attr outlet - Outlet the question is addressed to (sent as `outletId`).
 * @attr listen-ask - Take the item from `yz-ask` events anywhere on the page (from yz-search or
 *   yz-catalogue), bring the form into view and cancel the event (it is handled).
 * @attr ephemeral - Keep the draft, the receipt and rating marks in memory only (kiosks). Unsent
 *   questions still wait in the device's outbox until delivered.
 * @attr elderly - Larger type and targets (适老化).
 * @attr heading-level - Level of the form's headings in the page outline (default 2).
 * @attr retention-days - How long the intake server keeps personal data (its `retentionDays`,
 *   default 180), as the notice tells the visitor.
 * @attr status-url - Where the QR code and the progress link point: a URL template with
 *   `{reference}`, `{token}` and `{ratingToken}` (default: this page with
 *   `#yz-ref={reference}&yz-token={token}&yz-rate={ratingToken}`, which this form shows as the
 *   consultation's progress, answer, rating and PIPL export/erase). Kiosks set the public portal page.
 *
 * @prop {Catalogue} catalogue - Catalogue data given directly instead of `src`.
 * @prop {unknown} searchIndex - The bundle's prebuilt search index, with `catalogue`.
 * @prop {ConsultReceipt | undefined} receipt - The receipt of the question just sent (read-only).
 *
 * @event {CustomEvent<YzSubmittedDetail>} yz-submitted - The server accepted the question.
 * @event {CustomEvent<YzDraftRestoredDetail>} yz-draft-restored - An unsent draft was restored.
 * @event {CustomEvent<YzErasedDetail>} yz-erased - The requester erased their personal data from the
 *   progress view; the receipt kept on this device for that consultation is forgotten too.
 *
 * @csspart form - The form step.
 * @csspart error-summary - The list of problems shown after a failed submit.
 * @csspart notice - The personal-information notice.
 * @csspart check - The check-your-answers step.
 * @csspart status - The delivery status (saved, sending, offline, sent).
 * @csspart confirmation - The receipt (printed on its own with the print button).
 * @csspart reference - The reference number.
 * @csspart qr - The QR code.
 * @csspart button - Primary buttons.
 *
 * @cssprop --yz-color-primary - Buttons and links.
 * @cssprop --yz-color-danger - Errors.
 * @cssprop --yz-color-success - The receipt's border.
 * @cssprop --yz-color-warning - The delivery status while offline or rate-limited.
 * @cssprop --yz-color-text, --yz-color-text-muted, --yz-color-surface, --yz-color-surface-alt, --yz-color-border, --yz-color-divider - Text, fields, the notice and the check step.
 * @cssprop --yz-color-focus, --yz-focus-width - The focus ring of fields and buttons.
 * @cssprop --yz-radius, --yz-space-1…5, --yz-target-size - Corners, spacing and touch targets (elderly: --yz-elderly-*).
 */
export class YzConsultForm extends LitElement {
  static override styles = [tokenStyles, baseStyles, fieldStyles, consultStyles];

  static override properties = {
    api: { type: String },
    src: { type: String },
    channel: { type: String },
    item: { type: String },
    outlet: { type: String },
    listenAsk: { type: Boolean, attribute: 'listen-ask' },
    ephemeral: { type: Boolean },
    elderly: { type: Boolean, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    statusUrl: { type: String, attribute: 'status-url' },
    retentionDays: { type: Number, attribute: 'retention-days' },
    catalogue: { attribute: false },
    searchIndex: { attribute: false },
    _draft: { state: true },
    _step: { state: true },
    _errors: { state: true },
    _problem: { state: true },
    _restoredAt: { state: true },
    _cleared: { state: true },
    _delivery: { state: true },
    _retryAt: { state: true },
    _receipt: { state: true },
    _qr: { state: true },
    _countMessage: { state: true },
    _resumed: { state: true },
    _progress: { state: true },
  };

  declare api: string;
  declare src: string | undefined;
  declare channel: IntakeChannel;
  declare item: string | undefined;
  declare outlet: string | undefined;
  declare listenAsk: boolean;
  declare ephemeral: boolean;
  declare elderly: boolean;
  declare headingLevel: number;
  declare statusUrl: string | undefined;
  declare retentionDays: number;
  declare catalogue: Catalogue | undefined;
  declare searchIndex: unknown;
  declare _draft: ConsultDraft;
  declare _step: Step;
  declare _errors: FieldError[];
  declare _problem: SubmitProblem | undefined;
  declare _restoredAt: number | undefined;
  declare _cleared: boolean;
  declare _delivery: Delivery | undefined;
  declare _retryAt: number | undefined;
  declare _receipt: ConsultReceipt | undefined;
  declare _qr: QrPath | undefined;
  declare _countMessage: string;
  declare _resumed: boolean;
  /** A consultation to show the progress of (from a status link: `#yz-ref=…&yz-token=…`). */
  declare _progress: { reference: string; token: string; ratingToken: string } | undefined;

  private readonly localize = new LocalizeController(this, ['consult', 'validation', 'ui']);
  private readonly bundle = new BundleController(this, () => ({
    src: this.src,
    catalogue: this.catalogue,
    searchIndex: this.searchIndex,
  }));
  private composing = false;
  private countTimer: ReturnType<typeof setTimeout> | undefined;
  private unwatch: (() => void) | undefined;
  private restored = false;
  private consentVersion: string | undefined;
  private recordsMode: boolean | undefined;
  private records!: {
    draft: LocalRecord<StoredDraft>;
    pending: LocalRecord<PendingSubmission>;
    receipt: LocalRecord<ConsultReceipt>;
  };

  constructor() {
    super();
    this.api = '';
    this.channel = 'web';
    this.listenAsk = false;
    this.ephemeral = false;
    this.elderly = false;
    this.headingLevel = 2;
    this.retentionDays = DEFAULT_RETENTION_DAYS;
    this._draft = { ...EMPTY_DRAFT };
    this._step = 'form';
    this._errors = [];
    this._cleared = false;
    this._countMessage = '';
    this._resumed = false;
  }

  /** The receipt of the question just sent, if any. */
  get receipt(): ConsultReceipt | undefined {
    return this._receipt;
  }

  /** Where drafts, pending submissions and receipts are kept; opened again only if `ephemeral` changes. */
  private openRecords(): void {
    const ephemeral = this.ephemeral;
    if (this.recordsMode === ephemeral) return;
    this.recordsMode = ephemeral;
    this.records = {
      draft: localRecord<StoredDraft>(pageKey('consult-draft', this), ephemeral),
      pending: localRecord<PendingSubmission>(pageKey('consult-pending', this), ephemeral),
      receipt: localRecord<ConsultReceipt>(pageKey('consult-receipt', this), ephemeral),
    };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Attributes are known now (not in the constructor of an upgraded element).
    this.openRecords();
    if (this.listenAsk) document.addEventListener('yz-ask', this.onAsk);
    addEventListener('hashchange', this.onHash);
    this.resume();
    this.onHash();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('yz-ask', this.onAsk);
    removeEventListener('hashchange', this.onHash);
    this.unwatch?.();
    this.unwatch = undefined;
    clearTimeout(this.countTimer);
  }

  /** Restore what this page left: a receipt to show again, a submission still on its way, or a draft. */
  private resume(): void {
    const receipt = this.records.receipt.get();
    const pending = this.records.pending.get();
    const stored = this.records.draft.get();
    if (stored && !this.restored && Date.now() - stored.savedAt < DRAFT_MAX_AGE_MS && !isBlank(stored.draft)) {
      this.restored = true;
      this._draft = { ...EMPTY_DRAFT, ...stored.draft, website: '' };
      this.consentVersion = stored.draft.consent ? stored.noticeVersion : undefined;
      if (!pending) {
        this._restoredAt = stored.savedAt;
        emit<YzDraftRestoredDetail>(this, 'yz-draft-restored', { savedAt: stored.savedAt });
      }
    } else if (stored && !this.restored) {
      this.records.draft.remove();
    }
    if (pending) {
      this._step = 'submit';
      this._resumed = true;
      this.watch(pending);
    } else if (receipt) {
      this._receipt = receipt;
      this._step = 'done';
      void this.makeQr();
    }
  }

  /**
   * A status link opens this page with the reference and token in the fragment (never sent to any
   * server). Show that consultation's progress, and take the token out of the address bar so it is
   * not copied or bookmarked with the page.
   */
  private onHash = (): void => {
    const params = new URLSearchParams(location.hash.slice(1));
    const reference = params.get('yz-ref');
    const token = params.get('yz-token');
    if (!reference || !token) return;
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    this._progress = { reference, token, ratingToken: params.get('yz-rate') ?? '' };
    void import('./yz-consult-status.js').then(({ defineStatus }) => {
      defineStatus();
      this.focusSelector('yz-consult-status');
    });
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('ephemeral')) this.openRecords();
    if ((changed.has('item') || changed.has('outlet')) && this._step === 'form') {
      const draft = { ...this._draft };
      if (this.item && !draft.itemId) draft.itemId = this.item;
      if (this.outlet && !draft.outletId) draft.outletId = this.outlet;
      this._draft = draft;
    }
    // A consent given to an older version of the notice is no consent to this one.
    if (this.consentVersion && this.localize.ready) {
      if (this.consentVersion !== this.noticeVersion) this._draft = { ...this._draft, consent: false };
      this.consentVersion = undefined;
    }
    // The item decides the topic when none was chosen.
    const picked = this._draft.itemId ? this.bundle.view?.items.get(this._draft.itemId) : undefined;
    if (picked && !this._draft.topic) this._draft = { ...this._draft, topic: picked.category };
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('listenAsk') && this.isConnected) {
      document.removeEventListener('yz-ask', this.onAsk);
      if (this.listenAsk) document.addEventListener('yz-ask', this.onAsk);
    }
  }

  /**
   * The version of the notice the visitor agrees to: the text's version, and the retention period
   * when the operator changed it, so the consent records exactly what was said.
   */
  private get noticeVersion(): string {
    const version = this.localize.t('notice.version') || '1';
    const days = this.retentionDays;
    return days === DEFAULT_RETENTION_DAYS || !(days > 0) ? version : `${version}.r${days}`;
  }

  // ----------------------------------------------------------------------------------------------
  // Editing

  private saveDraft(): void {
    if (isBlank(this._draft)) {
      this.records.draft.remove();
      return;
    }
    const { website: _website, ...draft } = this._draft;
    this.records.draft.set({ v: 1, savedAt: Date.now(), noticeVersion: this.noticeVersion, draft });
  }

  private update_(patch: Partial<ConsultDraft>, field?: Field): void {
    this._draft = { ...this._draft, ...patch };
    this._cleared = false;
    if (!this.composing) this.saveDraft();
    if (field) this.revalidate(field);
  }

  /** After a failed submit, a corrected field loses its error at once; no new errors appear before the next submit. */
  private revalidate(field: Field): void {
    if (!this._errors.some((e) => e.field === field)) return;
    const now = validateDraft(this._draft, this.validateOptions()).filter((e) => e.field === field);
    this._errors = FIELDS.flatMap((f) => (f === field ? now : this._errors.filter((e) => e.field === f)));
  }

  private validateOptions() {
    const view = this.bundle.view;
    return view ? { itemKnown: (id: string) => view.items.has(id) } : {};
  }

  private onText(field: 'question' | 'name' | 'mobile' | 'email') {
    return (event: Event) => {
      const value = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
      this.update_({ [field]: value } as Partial<ConsultDraft>);
      if (field === 'question' && !this.composing) this.scheduleCountAnnouncement();
    };
  }

  private onCompositionEnd = (event: CompositionEvent): void => {
    this.composing = false;
    const target = event.target as HTMLInputElement | HTMLTextAreaElement;
    const field = target.name as 'question' | 'name' | 'mobile' | 'email';
    this.update_({ [field]: target.value } as Partial<ConsultDraft>);
    if (field === 'question') this.scheduleCountAnnouncement();
  };

  private scheduleCountAnnouncement(): void {
    clearTimeout(this.countTimer);
    this.countTimer = setTimeout(() => (this._countMessage = this.countText()), COUNT_ANNOUNCE_DELAY_MS);
  }

  private countText(): string {
    const left = QUESTION_MAX - questionLength(this._draft.question);
    return left >= 0
      ? this.localize.t('question.remaining', { count: left })
      : this.localize.t('question.over', { count: -left });
  }

  private onAsk = (event: Event): void => {
    const detail = (event as CustomEvent<{ itemId?: string; outletId?: string; query?: string }>).detail ?? {};
    if (this._step === 'submit') return;
    // Handled here: the sender does not need to go to its `ask-href`.
    event.preventDefault();
    if (this._step === 'done') this.startOver(false);
    const draft = { ...this._draft };
    if (detail.itemId) {
      draft.itemId = detail.itemId;
      const item = this.bundle.view?.items.get(detail.itemId);
      if (item) draft.topic = item.category;
    }
    if (detail.outletId) draft.outletId = detail.outletId;
    // What they searched for and did not find is where their question starts.
    if (detail.query && !draft.question.trim()) draft.question = detail.query;
    this._step = 'form';
    this.update_(draft);
    void this.updateComplete.then(() => {
      this.scrollIntoView({ block: 'start', behavior: 'smooth' });
      this.focusField('question');
    });
  };

  private clearDraft(): void {
    this.records.draft.remove();
    this._draft = { ...EMPTY_DRAFT, itemId: this.item ?? '', outletId: this.outlet ?? '' };
    this._errors = [];
    this._problem = undefined;
    this._restoredAt = undefined;
    this._cleared = true;
    void this.updateComplete.then(() => this.focusField('topic'));
  }

  // ----------------------------------------------------------------------------------------------
  // Steps

  private fieldElement(field: Field): HTMLElement | null {
    const root = this.renderRoot;
    if (field === 'replyChannel') {
      return root.querySelector<HTMLElement>('input[name="replyChannel"]:checked, input[name="replyChannel"]');
    }
    return root.querySelector<HTMLElement>(`#f-${field}`);
  }

  private focusField(field: Field): void {
    const element = this.fieldElement(field);
    if (!element) return;
    // Bring the label or legend into view with the control, as GOV.UK's summary links do.
    (element.closest('.field') ?? element).scrollIntoView({ block: 'start' });
    element.focus({ preventScroll: true });
  }

  private focusSelector(selector: string): void {
    void this.updateComplete.then(() => {
      const target = this.renderRoot.querySelector<HTMLElement>(selector);
      target?.scrollIntoView({ block: 'start' });
      target?.focus({ preventScroll: true });
    });
  }

  private onContinue(event: Event): void {
    event.preventDefault();
    this._problem = undefined;
    this._errors = validateDraft(this._draft, this.validateOptions());
    if (this._errors.length) {
      this.focusSelector('.error-summary');
      return;
    }
    this._step = 'check';
    this.focusSelector('#check-title');
  }

  private change(field: Field): void {
    this._step = 'form';
    void this.updateComplete.then(() => this.focusField(field));
  }

  private async submit(): Promise<void> {
    const errors = validateDraft(this._draft, this.validateOptions());
    if (errors.length) {
      this._errors = errors;
      this._step = 'form';
      this.focusSelector('.error-summary');
      return;
    }
    const payload = toPayload(this._draft, {
      channel: (INTAKE_CHANNELS as readonly string[]).includes(this.channel) ? this.channel : 'web',
      locale: this.localize.lang,
      noticeVersion: this.noticeVersion,
      now: Date.now(),
    });
    this._step = 'submit';
    this._resumed = false;
    this._delivery = 'queued';
    this.focusSelector('#submit-title');
    const outbox = sharedOutbox(this.api);
    const entry = await outbox.enqueue('/v1/consultations', payload, { locale: this.localize.lang });
    const pending: PendingSubmission = {
      entryId: entry.id,
      replyChannel: payload.replyChannel,
      contact:
        payload.replyChannel === 'email'
          ? maskEmail(payload.contact.email ?? '')
          : maskMobile(payload.contact.mobile ?? ''),
    };
    this.records.pending.set(pending);
    this.watch(pending, entry);
  }

  private watch(pending: PendingSubmission, first?: OutboxEntry): void {
    this.unwatch?.();
    const outbox = sharedOutbox(this.api);
    let seen = false;
    const onEntry = (entry: OutboxEntry | undefined) => {
      if (!entry) {
        // Gone from the outbox (another tab showed the receipt, or storage was cleared).
        if (seen || !first) this.abandon();
        return;
      }
      seen = true;
      this._delivery = deliveryOf(entry);
      this._retryAt = entry.nextAttemptAt;
      if (entry.status === 'sent') this.delivered(pending, entry);
      else if (entry.status === 'failed') this.refused(entry);
    };
    if (first) onEntry(first);
    this.unwatch = watchEntry(outbox, pending.entryId, onEntry);
  }

  private abandon(): void {
    this.unwatch?.();
    this.records.pending.remove();
    this._delivery = undefined;
    const receipt = this.records.receipt.get();
    if (receipt) {
      this._receipt = receipt;
      this._step = 'done';
      void this.makeQr();
    } else {
      this._step = 'form';
    }
  }

  private delivered(pending: PendingSubmission, entry: OutboxEntry): void {
    this.unwatch?.();
    this.unwatch = undefined;
    const created = entry.response;
    if (!isCreated(created)) {
      this.refused({ ...entry, error: { status: 200, code: 'http' } });
      return;
    }
    const receipt: ConsultReceipt = {
      reference: created.reference,
      dueDate: created.dueDate,
      token: created.token,
      ratingToken: created.ratingToken,
      replyChannel: pending.replyChannel,
      contact: pending.contact,
    };
    this.records.receipt.set(receipt);
    this.records.pending.remove();
    this.records.draft.remove();
    // The answer now lives in the receipt; nothing about the visitor stays in the outbox.
    void sharedOutbox(this.api).forget(entry.id);
    this._receipt = receipt;
    this._draft = { ...EMPTY_DRAFT };
    this._restoredAt = undefined;
    this._step = 'done';
    void this.makeQr();
    this.focusSelector('#done-title');
    emit<YzSubmittedDetail>(this, 'yz-submitted', { reference: receipt.reference, dueDate: receipt.dueDate });
  }

  private refused(entry: OutboxEntry): void {
    this.unwatch?.();
    this.unwatch = undefined;
    this.records.pending.remove();
    void sharedOutbox(this.api).forget(entry.id);
    const problem = problemOf(entry.error ?? { status: 0, code: 'unknown' });
    this._problem = problem;
    this._errors = FIELDS.flatMap((f) => problem.fields.filter((e) => e.field === f));
    this._delivery = undefined;
    this._step = 'form';
    this.focusSelector('.error-summary');
  }

  private startOver(focus = true): void {
    this.records.receipt.remove();
    this._receipt = undefined;
    this._qr = undefined;
    this._draft = { ...EMPTY_DRAFT, itemId: this.item ?? '', outletId: this.outlet ?? '' };
    this._errors = [];
    this._problem = undefined;
    this._step = 'form';
    if (focus) this.focusSelector('#form-title');
  }

  /**
   * The requester erased their personal data: the receipt kept on this device ("the reply goes to
   * 138****8000") is no longer true, and keeps a contact and a token they meant to be rid of.
   */
  private onErased = (event: Event): void => {
    const { reference } = (event as CustomEvent<YzErasedDetail>).detail;
    if (this.records.receipt.get()?.reference === reference) this.records.receipt.remove();
    if (this._receipt?.reference === reference) {
      this._receipt = undefined;
      this._qr = undefined;
      if (this._step === 'done') this._step = 'form';
    }
  };

  private statusHref(receipt: ConsultReceipt): string {
    const template =
      this.statusUrl || `${location.href.split('#')[0]}#yz-ref={reference}&yz-token={token}&yz-rate={ratingToken}`;
    const href = template
      .replaceAll('{reference}', encodeURIComponent(receipt.reference))
      .replaceAll('{token}', encodeURIComponent(receipt.token))
      .replaceAll('{ratingToken}', encodeURIComponent(receipt.ratingToken));
    return new URL(href, document.baseURI).href;
  }

  private async makeQr(): Promise<void> {
    const receipt = this._receipt;
    if (!receipt) return;
    const qr = await qrPath(this.statusHref(receipt));
    if (this._receipt === receipt) this._qr = qr;
  }

  // ----------------------------------------------------------------------------------------------
  // Rendering

  private heading(id: string, text: string, level = 0): TemplateResult {
    const aria = Math.min(6, Math.max(1, (this.headingLevel || 2) + level));
    return html`<div role="heading" aria-level=${aria} id=${id} class="heading h${level}" tabindex="-1">${text}</div>`;
  }

  private errorFor(field: Field): FieldError | undefined {
    return this._errors.find((e) => e.field === field);
  }

  /** The form's own message where it has one (it follows a language switch), else the server's text. */
  private message(error: FieldError): string {
    if (error.key && (error.text === undefined || this.localize.has(error.key))) {
      return this.localize.t(error.key, error.values ?? {});
    }
    return error.text ?? this.localize.t('consult:server.unknown');
  }

  private describedBy(field: Field, hint = true): string {
    return [hint ? `f-${field}-hint` : '', this.errorFor(field) ? `f-${field}-error` : ''].filter(Boolean).join(' ');
  }

  private renderError(field: Field): TemplateResult | typeof nothing {
    const error = this.errorFor(field);
    if (!error) return nothing;
    return html`<p class="error-message" id="f-${field}-error">
      <span class="visually-hidden">${this.localize.t('errors.prefix')}</span>${this.message(error)}
    </p>`;
  }

  private renderSummary(): TemplateResult | typeof nothing {
    if (!this._errors.length && !this._problem) return nothing;
    const t = (key: string) => this.localize.t(key);
    return html`<div
      class="error-summary"
      part="error-summary"
      role="alert"
      tabindex="-1"
      aria-labelledby="summary-title"
    >
      ${this.heading('summary-title', t('errors.summaryTitle'), 1)}
      ${this._problem ? html`<p>${t(this._problem.key)}</p>` : nothing}
      ${this._problem?.other.map((text) => html`<p>${text}</p>`)}
      ${
        this._errors.length
          ? html`<ul>
              ${this._errors.map(
                (error) =>
                  html`<li>
                    <a
                      href="#f-${error.field}"
                      @click=${(event: Event) => {
                        event.preventDefault();
                        this.focusField(error.field);
                      }}
                      >${this.message(error)}</a
                    >
                  </li>`,
              )}
            </ul>`
          : nothing
      }
    </div>`;
  }

  private renderTextField(
    field: 'name' | 'mobile' | 'email',
    attrs: { type: string; autocomplete: string; inputmode?: string; optional?: boolean },
  ): TemplateResult {
    const t = (key: string) => this.localize.t(key);
    const error = this.errorFor(field);
    return html`<div class="field ${error ? 'invalid' : ''}">
      <label class="label" for="f-${field}"
        >${t(`${field}.label`)}
        ${attrs.optional ? html`<span class="optional">${t('optional')}</span>` : nothing}</label
      >
      <span class="hint" id="f-${field}-hint">${t(`${field}.hint`)}</span>
      ${this.renderError(field)}
      <input
        id="f-${field}"
        name=${field}
        class="control width-m"
        type=${attrs.type}
        autocomplete=${attrs.autocomplete}
        inputmode=${attrs.inputmode ?? nothing}
        spellcheck="false"
        aria-describedby=${this.describedBy(field)}
        aria-invalid=${error ? 'true' : 'false'}
        .value=${this._draft[field]}
        @input=${this.onText(field)}
        @change=${() => this.revalidate(field)}
        @compositionstart=${() => (this.composing = true)}
        @compositionend=${this.onCompositionEnd}
      />
    </div>`;
  }

  private renderForm(): TemplateResult {
    const t = (key: string, values?: Record<string, unknown>) => this.localize.t(key, values);
    const d = this._draft;
    const hasCatalogue = Boolean(this.src || this.catalogue);
    const questionError = this.errorFor('question');
    const left = QUESTION_MAX - questionLength(d.question);
    const showEmail = d.email.trim() !== '' || d.replyChannel === 'email';
    const channels: ReplyChannel[] = showEmail ? ['sms', 'phone', 'email'] : ['sms', 'phone'];
    return html`<section part="form" aria-labelledby="form-title">
      ${this.heading('form-title', t('title'))}
      <p class="intro">${t('intro')}</p>
      ${
        this._restoredAt
          ? html`<div class="notice" role="status">
              <p>
                ${t('draft.restored', { date: this.localize.date(this._restoredAt, { dateStyle: 'medium', timeStyle: 'short' }) })}
              </p>
              <button type="button" class="button secondary" @click=${this.clearDraft}>${t('draft.clear')}</button>
            </div>`
          : nothing
      }
      ${this._cleared ? html`<p class="notice" role="status">${t('draft.cleared')}</p>` : nothing}
      ${this.renderSummary()}
      <form novalidate @submit=${this.onContinue}>
        <div class="field ${this.errorFor('topic') ? 'invalid' : ''}">
          <label class="label" for="f-topic">${t('topic.label')} <span aria-hidden="true">*</span></label>
          <span class="hint" id="f-topic-hint">${t('topic.hint')}</span>
          ${this.renderError('topic')}
          <select
            id="f-topic"
            name="topic"
            class="control width-m"
            aria-describedby=${this.describedBy('topic')}
            aria-invalid=${this.errorFor('topic') ? 'true' : 'false'}
            aria-required="true"
            @change=${(e: Event) =>
              this.update_({ topic: (e.target as HTMLSelectElement).value as ConsultDraft['topic'] }, 'topic')}
          >
            <option value="" ?selected=${!d.topic}>${t('topic.placeholder')}</option>
            ${TOPICS.map(
              (topic) =>
                html`<option value=${topic} ?selected=${d.topic === topic}>${t(`common:category.${topic}`)}</option>`,
            )}
          </select>
        </div>

        ${
          hasCatalogue || d.itemId
            ? html`<yz-item-picker
                id="f-item"
                name="itemId"
                .label=${t('item.label')}
                .hint=${t('item.hint')}
                .error=${this.errorFor('item') ? this.message(this.errorFor('item')!) : ''}
                .engine=${this.bundle.engine}
                .view=${this.bundle.view}
                ?unavailable=${this.bundle.status === 'error' && hasCatalogue}
                ?elderly=${this.elderly}
                .value=${d.itemId}
                @change=${(e: Event) => {
                  const id = (e.target as YzItemPicker).value;
                  const item = id ? this.bundle.view?.items.get(id) : undefined;
                  this.update_({ itemId: id, ...(item && !this._draft.topic ? { topic: item.category } : {}) }, 'item');
                }}
              ></yz-item-picker>`
            : nothing
        }

        <div class="field ${questionError ? 'invalid' : ''}">
          <label class="label" for="f-question">${t('question.label')} <span aria-hidden="true">*</span></label>
          <span class="hint" id="f-question-hint">${t('question.hint')}</span>
          ${this.renderError('question')}
          <textarea
            id="f-question"
            name="question"
            class="control"
            rows="6"
            aria-describedby=${this.describedBy('question')}
            aria-invalid=${questionError ? 'true' : 'false'}
            aria-required="true"
            .value=${d.question}
            @input=${this.onText('question')}
            @change=${() => this.revalidate('question')}
            @compositionstart=${() => (this.composing = true)}
            @compositionend=${this.onCompositionEnd}
          ></textarea>
          <p class="count ${left < 0 ? 'over' : ''}" aria-hidden="true">
            ${left >= 0 ? t('question.remaining', { count: left }) : t('question.over', { count: -left })}
          </p>
          <span class="visually-hidden" aria-live="polite">${this._countMessage}</span>
        </div>

        ${this.renderTextField('name', { type: 'text', autocomplete: 'name', optional: true })}
        ${this.renderTextField('mobile', { type: 'tel', autocomplete: 'tel', inputmode: 'tel' })}
        ${this.renderTextField('email', { type: 'email', autocomplete: 'email', optional: true })}

        <div class="field ${this.errorFor('replyChannel') ? 'invalid' : ''}">
          <fieldset aria-describedby=${this.describedBy('replyChannel', false) || nothing}>
            <legend>${t('replyChannel.legend')}</legend>
            ${this.renderError('replyChannel')}
            <div class="choices">
              ${channels.map(
                (channel) =>
                  html`<label class="choice">
                    <input
                      type="radio"
                      name="replyChannel"
                      value=${channel}
                      .checked=${d.replyChannel === channel}
                      @change=${() => this.update_({ replyChannel: channel }, 'replyChannel')}
                    />
                    <span>${t(`replyChannel.${channel}`)}</span>
                  </label>`,
              )}
            </div>
          </fieldset>
        </div>

        <section class="notice-box" part="notice" aria-labelledby="notice-title">
          ${this.heading('notice-title', t('notice.title'), 1)}
          <ul>
            <li>${t('notice.purpose')}</li>
            <li>${t('notice.readers')}</li>
            <li>
              ${t('notice.retention', { count: this.retentionDays > 0 ? this.retentionDays : DEFAULT_RETENTION_DAYS })}
            </li>
            <li>${t('notice.rights')}</li>
            ${this.ephemeral ? nothing : html`<li>${t('notice.draft')}</li>`}
          </ul>
        </section>

        <div class="field ${this.errorFor('consent') ? 'invalid' : ''}">
          ${this.renderError('consent')}
          <label class="choice consent">
            <input
              id="f-consent"
              type="checkbox"
              name="consent"
              aria-describedby=${this.errorFor('consent') ? 'f-consent-error' : nothing}
              aria-invalid=${this.errorFor('consent') ? 'true' : 'false'}
              .checked=${d.consent}
              @change=${(e: Event) => this.update_({ consent: (e.target as HTMLInputElement).checked }, 'consent')}
            />
            <span>${t('consent.label')}</span>
          </label>
        </div>

        <div class="trap" aria-hidden="true">
          <label for="f-website">${t('spamTrap')}</label>
          <input
            id="f-website"
            name="website"
            type="text"
            tabindex="-1"
            autocomplete="off"
            .value=${d.website}
            @input=${(e: Event) => (this._draft = { ...this._draft, website: (e.target as HTMLInputElement).value })}
          />
        </div>

        <button type="submit" class="button" part="button">${t('continue')}</button>
      </form>
    </section>`;
  }

  private renderCheck(): TemplateResult {
    const t = (key: string, values?: Record<string, unknown>) => this.localize.t(key, values);
    const d = this._draft;
    const item = d.itemId ? this.bundle.view?.items.get(d.itemId) : undefined;
    const given = (value: string) => value.trim() || html`<span class="muted">${t('check.notGiven')}</span>`;
    const rows: Array<[Field, string, unknown]> = [
      ['topic', t('topic.label'), d.topic ? t(`common:category.${d.topic}`) : ''],
      [
        'item',
        t('item.label'),
        item ? this.localize.text(item.name) : d.itemId || html`<span class="muted">${t('check.notSelected')}</span>`,
      ],
      ['question', t('question.label'), html`<span class="pre">${d.question.trim()}</span>`],
      ['name', t('name.label'), given(d.name)],
      ['mobile', t('mobile.label'), given(d.mobile)],
      ['email', t('email.label'), given(d.email)],
      ['replyChannel', t('replyChannel.legend'), t(`replyChannel.${d.replyChannel}`)],
      ['consent', t('notice.title'), t('check.consentGiven', { version: this.noticeVersion })],
    ];
    return html`<section part="check" aria-labelledby="check-title">
      ${this.heading('check-title', t('check.title'))}
      <p class="intro">${t('check.intro')}</p>
      <dl class="summary-list">
        ${rows
          .filter(([field]) => field !== 'item' || this.src || this.catalogue || d.itemId)
          .map(
            ([field, label, value]) =>
              html`<div class="row">
                <dt>${label}</dt>
                <dd class="value">${value}</dd>
                <dd class="action">
                  <a
                    href="#f-${field}"
                    @click=${(event: Event) => {
                      event.preventDefault();
                      this.change(field);
                    }}
                    >${t('check.change')}<span class="visually-hidden"> ${label}</span></a
                  >
                </dd>
              </div>`,
          )}
      </dl>
      <div class="actions">
        <button type="button" class="button" part="button" @click=${() => void this.submit()}>
          ${t('check.submit')}
        </button>
        <button type="button" class="button secondary" @click=${() => this.change('topic')}>${t('check.back')}</button>
      </div>
    </section>`;
  }

  private renderSubmit(): TemplateResult {
    const t = (key: string, values?: Record<string, unknown>) => this.localize.t(key, values);
    const delivery = this._delivery ?? 'queued';
    let text: string;
    if (delivery === 'rate-limited') {
      const minutes = Math.max(1, Math.ceil(((this._retryAt ?? Date.now()) - Date.now()) / 60_000));
      text = t('status.rateLimited', { count: minutes });
    } else text = t(`status.${delivery === 'failed' ? 'sending' : delivery}`);
    return html`<section aria-labelledby="submit-title">
      ${this.heading('submit-title', t('status.title'))}
      <div class="status status-${delivery}" part="status" role="status" aria-live="polite">
        <span class="spinner" aria-hidden="true"></span>
        <div>
          ${this._resumed ? html`<p>${t('status.resumed')}</p>` : nothing}
          <p>${text}</p>
        </div>
      </div>
    </section>`;
  }

  private renderDone(receipt: ConsultReceipt): TemplateResult {
    const t = (key: string, values?: Record<string, unknown>) => this.localize.t(key, values);
    const via =
      receipt.replyChannel === 'email'
        ? t('done.viaEmail', { email: receipt.contact })
        : t(receipt.replyChannel === 'phone' ? 'done.viaPhone' : 'done.viaSms', { mobile: receipt.contact });
    const qr = this._qr;
    return html`<section class="confirmation" part="confirmation" aria-labelledby="done-title">
        ${this.heading('done-title', t('done.title'))}
        <p class="reference-label" id="reference-label">${t('done.reference')}</p>
        <p class="reference" part="reference" aria-labelledby="reference-label reference-value">
          <span id="reference-value">${receipt.reference}</span>
        </p>
        <p class="due">${t('done.due', { date: this.localize.date(receipt.dueDate, { dateStyle: 'long' }) })}</p>
        <p>${via}</p>
        <p class="hint">${t('done.referenceHint')}</p>
        ${
          qr
            ? html`<figure class="qr" part="qr">
                <svg
                  viewBox="-4 -4 ${qr.size + 8} ${qr.size + 8}"
                  role="img"
                  aria-label=${t('done.qr')}
                  shape-rendering="crispEdges"
                >
                  <rect x="-4" y="-4" width=${qr.size + 8} height=${qr.size + 8} fill="#fff"></rect>
                  <path d=${qr.d} fill="#000"></path>
                </svg>
                <figcaption>${t('done.qr')}</figcaption>
              </figure>`
            : nothing
        }
        ${
          this.channel === 'web'
            ? html`<p class="no-print"><a href=${this.statusHref(receipt)}>${t('progress.open')}</a></p>`
            : nothing
        }
        <div class="actions no-print">
          <button type="button" class="button" part="button" @click=${() => printAlone(this)}>
            ${t('done.print')}
          </button>
          <button type="button" class="button secondary" @click=${() => this.startOver()}>
            ${t('done.newQuestion')}
          </button>
        </div>
      </section>
      <section class="rating no-print" aria-labelledby="rating-title">
        ${this.heading('rating-title', t('done.ratingTitle'), 1)}
        <yz-rating
          compact
          api=${this.api}
          target-type="consultation"
          target-id=${receipt.reference}
          token=${receipt.ratingToken}
          channel=${this.channel}
          ?ephemeral=${this.ephemeral}
          ?elderly=${this.elderly}
        ></yz-rating>
      </section>`;
  }

  override render() {
    if (!this.localize.ready) return html`<p class="loading" aria-busy="true"></p>`;
    const progress = this._progress;
    const content = progress
      ? html`<yz-consult-status
          api=${this.api}
          reference=${progress.reference}
          token=${progress.token}
          rating-token=${progress.ratingToken}
          channel=${this.channel}
          ?elderly=${this.elderly}
          @yz-erased=${this.onErased}
          @yz-status-close=${() => {
            this._progress = undefined;
            if (this._step === 'done') this.startOver();
            else this.focusSelector('#form-title');
          }}
        ></yz-consult-status>`
      : this._step === 'done' && this._receipt
        ? this.renderDone(this._receipt)
        : this._step === 'submit'
          ? this.renderSubmit()
          : this._step === 'check'
            ? this.renderCheck()
            : this.renderForm();
    return html`<div class="wrap" dir=${this.localize.dir}>${content}</div>`;
  }
}
