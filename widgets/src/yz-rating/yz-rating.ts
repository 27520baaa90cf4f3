import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { OutboxEntry } from '@yizhan/client';
import { emit } from '../internal/events.js';
import {
  COMMENT_MAX,
  INTAKE_CHANNELS,
  RATING_LEVELS_DESC,
  RATING_TAGS,
  type IntakeChannel,
  type RatingLevel,
} from '../internal/intake-constants.js';
import { localRecord, type LocalRecord } from '../internal/local-record.js';
import { LocalizeController } from '../internal/localize.js';
import { randomId } from '../internal/random-id.js';
import { deliveryOf, sharedOutbox, watchEntry, type Delivery } from '../internal/shared-outbox.js';
import { baseStyles } from '../internal/styles.js';
import { tokenStyles } from '../internal/tokens.styles.js';
import {
  checkRating,
  isBad,
  ratedKey,
  ratingPayload,
  validTarget,
  type RatingChoice,
  type RatingProblem,
  type TargetType,
} from './rating-model.js';
import { ratingStyles } from './yz-rating.styles.js';

export interface YzRatedDetail {
  level: RatingLevel;
  /** For a bad rating (≤ 2): the rectification case the server opened. */
  rectification?: { caseId: string; dueDate: string };
}

/** What a rating is about: a consultation by its reference, or a service item or outlet by its id. */
export interface RatingTarget {
  type: TargetType;
  id: string;
}

export interface YzSavedDetail {
  /**
   * `sent`: the server has it (`yz-rated` follows). `queued`: the first try did not get through
   * within 2 s (offline, no answer yet, a server error or rate limit); kept on this device and sent
   * by the outbox when it can, and `yz-rated` or `yz-refused` follows while the element is on the
   * page, or once it is back on it.
   */
  delivery: 'sent' | 'queued';
  target: RatingTarget;
  level: RatingLevel;
  /** The server already had a rating for this case or token (409): this one was not counted. */
  alreadyRated: boolean;
}

export interface YzRefusedDetail {
  /**
   * The intake API's error code (`validation`, `not_found`, `forbidden_origin`,
   * `payload_too_large`…), or `http` when the answer was not the API's.
   */
  code: string;
  /** The HTTP status of the refusal. */
  status: number;
  target: RatingTarget;
  level: RatingLevel;
}

interface RatedMark {
  level: RatingLevel;
  at: number;
  rectification?: { caseId: string; dueDate: string };
}

type State = 'ask' | 'sending' | 'done' | 'already' | 'dismissed';

/**
 * Mouths of the decorative faces, drawn rather than emoji: kiosks on Linux often have no colour
 * emoji font. The words carry the meaning; the faces are hidden from assistive technology.
 */
const MOUTHS: Record<RatingLevel, string> = {
  5: 'M7 13.5Q12 19.5 17 13.5',
  4: 'M8 14.5Q12 17.5 16 14.5',
  3: 'M8 15.5H16',
  2: 'M8 16.5Q12 13.5 16 16.5',
  1: 'M7 17.5Q12 11.5 17 17.5',
};

const face = (level: RatingLevel) =>
  html`<svg class="face" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    <circle cx="12" cy="12" r="10.5"></circle>
    <circle class="eye" cx="8.5" cy="9.5" r="1.3"></circle>
    <circle class="eye" cx="15.5" cy="9.5" r="1.3"></circle>
    <path d=${MOUTHS[level]}></path>
  </svg>`;

let instances = 0;

/**
 * How long the first try may take before a stored rating is said to be queued: on a network that
 * neither answers nor fails (a service hall's Wi-Fi), the outbox's own timeout is 30 s, and a kiosk
 * should not keep a visitor that long before it may close the rating.
 */
const SAVED_GRACE_MS = 2000;

/** Deliveries that mean "stored, waiting for the network or the server": the rating is queued. */
const WAITING: readonly Delivery[] = ['offline', 'retrying', 'rate-limited'];

/**
 * @summary Satisfaction rating (好差评): five levels from 非常满意 to 非常不满意 as a radio group, reason
 * tags per level (required for a bad rating, which opens a rectification case), an optional
 * comment; sent through the offline outbox, one rating per token, always voluntary.
 *
 * @attr api - Base URL of the intake server (default: this page's origin).
 * @attr target-type - What is rated: `consultation`, `item` or `outlet`.
 * @attr target-id - The consultation reference, or the item or outlet id.
 * @attr token - The consultation's `ratingToken`; for items and outlets a random token is made for
 *   each finished task (each element and target) when none is given. Pointed at another item or
 *   outlet, the element asks afresh with that target's own token, and shows "already rated" again
 *   for a target it rated before.
 * @attr channel - `web` (default), `kiosk`, `phone` or `window`.
 * @attr lang - Language (default: the nearest `lang` on the page).
 * @attr elderly - Larger type and targets (适老化).
 * @attr compact - Faces in one row, the rest only once a level is chosen.
 * @attr ephemeral - Remember "already rated" in memory only (kiosks).
 *
 * @event {CustomEvent<YzSavedDetail>} yz-saved - The rating is safe (said once per rating): `delivery`
 *   is `sent`, the server has it (`yz-rated` follows), or `queued`, kept in the device's outbox until
 *   the network returns (said after 2 s at most, even while the first try is still waiting; the
 *   status then says it is kept on the device). Also `target` (`{ type, id }`), `level` and `alreadyRated` (409: the server
 *   already had one for this case); never the comment or the token. Nothing is left for the visitor
 *   to do: a host may close what holds the widget.
 * @event {CustomEvent<YzRefusedDetail>} yz-refused - The server refused the rating for good, also a
 *   `queued` one: `code` is the intake API's error code (`validation`, `not_found`…; `http` when the
 *   answer was not the API's), with `status`, `target` and `level`. Nothing was recorded; the form is
 *   back with the visitor's choices. Problems the form shows before sending are not refusals.
 * @event {CustomEvent<YzRatedDetail>} yz-rated - The server accepted the rating (after `yz-saved`); a
 *   bad rating's detail carries the rectification case the server opened.
 * @event {CustomEvent<Record<string, never>>} yz-dismissed - The visitor chose not to rate.
 *
 * @csspart levels - The group of five levels.
 * @csspart level - One level.
 * @csspart tags - The reason tags.
 * @csspart comment - The comment box.
 * @csspart status - Delivery status and thanks.
 * @csspart button - The send button.
 *
 * @cssprop --yz-color-primary - The chosen level and the button.
 * @cssprop --yz-color-danger - Errors and the rectification note.
 * @cssprop --yz-color-on-primary - Text on the chosen level and the button.
 * @cssprop --yz-color-success, --yz-color-warning - The edge of the thanks, and of the rectification note.
 * @cssprop --yz-color-text-muted, --yz-color-surface, --yz-color-surface-alt, --yz-color-border - Hints, levels, tags and the comment box.
 * @cssprop --yz-color-focus, --yz-focus-width - The focus ring of levels, tags and the button.
 * @cssprop --yz-radius, --yz-space-1…4, --yz-target-size - Corners, spacing and touch targets (elderly: --yz-elderly-*).
 */
export class YzRating extends LitElement {
  static override styles = [tokenStyles, baseStyles, ratingStyles];

  static override properties = {
    api: { type: String },
    targetType: { type: String, attribute: 'target-type' },
    targetId: { type: String, attribute: 'target-id' },
    token: { type: String },
    channel: { type: String },
    elderly: { type: Boolean, reflect: true },
    compact: { type: Boolean, reflect: true },
    ephemeral: { type: Boolean },
    _choice: { state: true },
    _problems: { state: true },
    _state: { state: true },
    _delivery: { state: true },
    _mark: { state: true },
    _failed: { state: true },
  };

  declare api: string;
  declare targetType: TargetType;
  declare targetId: string;
  declare token: string;
  declare channel: IntakeChannel;
  declare elderly: boolean;
  declare compact: boolean;
  declare ephemeral: boolean;
  declare _choice: RatingChoice;
  declare _problems: RatingProblem[];
  declare _state: State;
  declare _delivery: Delivery | undefined;
  declare _mark: RatedMark | undefined;
  declare _failed: boolean;

  private readonly localize = new LocalizeController(this, ['rating', 'ui']);
  private readonly uid = `yz-rating-${++instances}`;
  /**
   * The rated key of the target shown. Kept while the element is out of the document: a rating on
   * its way is still the one shown when the element is back.
   */
  private watchedKey = '';
  /** Tokens this element made, one per item or outlet it was pointed at (a page may reuse it). */
  private readonly ownTokens = new Map<string, string>();
  private ownToken = '';

  constructor() {
    super();
    this.api = '';
    this.targetType = 'item';
    this.targetId = '';
    this.token = '';
    this.channel = 'web';
    this.elderly = false;
    this.compact = false;
    this.ephemeral = false;
    this._choice = { level: undefined, tags: new Set(), comment: '' };
    this._problems = [];
    this._state = 'ask';
    this._failed = false;
  }

  private cached: { key: string; record: LocalRecord<RatedMark> } | undefined;

  /** The "already rated" mark; with `ephemeral` it lives in this element only. */
  private record(): LocalRecord<RatedMark> {
    const key = `${this.ephemeral ? 'memory' : 'device'}|${ratedKey(this.targetType, this.targetId, this.token)}`;
    if (this.cached?.key !== key) {
      this.cached = { key, record: localRecord<RatedMark>(key.slice(key.indexOf('|') + 1), this.ephemeral) };
    }
    return this.cached.record;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Items and outlets have no server token: one per finished task, that is per element and
    // target. A page that points the element at another item (one rating under whichever guide is
    // open) gets a token for that item, and the first item's token back when it returns to it.
    const targetChanged = changed.has('targetType') || changed.has('targetId');
    if (this.targetType !== 'consultation' && (!this.token || (targetChanged && this.token === this.ownToken))) {
      const target = `${this.targetType}:${this.targetId}`;
      const token = this.ownTokens.get(target) ?? randomId();
      this.ownTokens.set(target, token);
      this.token = this.ownToken = token;
    }
    if (targetChanged || changed.has('token') || changed.has('ephemeral')) {
      const key = ratedKey(this.targetType, this.targetId, this.token);
      if (key !== this.watchedKey) {
        this.watchedKey = key;
        const mark = this.record().get();
        this._mark = mark;
        if (this.hasUpdated) {
          // Another target: its own question, nothing chosen or said about the previous one. A
          // rating of that one still on its way finishes by itself (its events name its target).
          this._choice = { level: undefined, tags: new Set(), comment: '' };
          this._problems = [];
          this._failed = false;
          this._state = mark ? 'already' : 'ask';
        } else if (mark && this._state === 'ask') this._state = 'already';
      }
    }
  }

  private setLevel(level: RatingLevel): void {
    this._choice = { ...this._choice, level };
    this._problems = this._problems.filter((p) => p !== 'levelRequired' && p !== 'tagsRequired');
  }

  private toggleTag(tag: string, on: boolean): void {
    const tags = new Set(this._choice.tags);
    if (on) tags.add(tag);
    else tags.delete(tag);
    this._choice = { ...this._choice, tags };
    if (on) this._problems = this._problems.filter((p) => p !== 'tagsRequired');
  }

  private focus_(selector: string): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  private async send(): Promise<void> {
    const problems = checkRating(this._choice);
    this._problems = problems;
    if (problems.length) {
      const first = problems[0];
      this.focus_(
        first === 'levelRequired' ? 'input[name="level"]' : first === 'tagsRequired' ? '.tags input' : 'textarea',
      );
      return;
    }
    if (!validTarget(this.targetType, this.targetId) || !this.token) return;
    const payload = ratingPayload(this._choice, {
      token: this.token,
      type: this.targetType,
      id: this.targetId,
      channel: (INTAKE_CHANNELS as readonly string[]).includes(this.channel) ? this.channel : 'web',
      locale: this.localize.lang,
    });
    this._failed = false;
    this._state = 'sending';
    this._delivery = 'queued';
    // Remembered as given once stored: the outbox delivers it, and the prompt does not come back.
    const mark: RatedMark = { level: payload.level, at: Date.now() };
    // What this rating is about is fixed here, whatever the attributes become while it travels:
    // its events name it, its mark is kept under it, and only while the element still shows that
    // target does its progress change what the visitor sees.
    const key = this.watchedKey;
    const record = this.record();
    const rated = { target: { ...payload.target }, level: payload.level };
    const current = () => this.watchedKey === key;
    record.set(mark);
    this._mark = mark;
    this.focus_('.status');
    const outbox = sharedOutbox(this.api);
    const entry = await outbox.enqueue('/v1/ratings', payload, { locale: this.localize.lang });
    let saved = false;
    let grace: ReturnType<typeof setTimeout> | undefined;
    let unwatch: (() => void) | undefined;
    // What the visitor reads, while the element shows this target. Once said to be queued, a try
    // still waiting shows as kept on the device, not "sending": the status agrees with yz-saved.
    const show = (delivery = this._delivery) => {
      if (current()) this._delivery = saved && delivery === 'sending' ? 'queued' : delivery;
    };
    // Said once per rating.
    const save = (delivery: YzSavedDetail['delivery'], alreadyRated = false) => {
      clearTimeout(grace);
      if (saved) return;
      saved = true;
      show();
      emit<YzSavedDetail>(this, 'yz-saved', { delivery, ...rated, alreadyRated });
    };
    // A controller of the element: Lit starts it now and whenever the element is put back in the
    // document, and stops it when the element is taken out (the outbox still delivers meanwhile).
    // Back, the element shows where the rating got to, and says it is queued if 2 s have passed.
    const watcher = {
      hostConnected: () => {
        grace = setTimeout(() => save('queued'), mark.at + SAVED_GRACE_MS - Date.now());
        unwatch = watchEntry(outbox, entry.id, onEntry);
      },
      hostDisconnected: () => {
        clearTimeout(grace);
        unwatch?.();
      },
    };
    // Settled: no more watching, and the outbox may forget it.
    const stop = () => {
      watcher.hostDisconnected();
      this.removeController(watcher);
      void outbox.forget(entry.id);
    };
    const onEntry = (next: OutboxEntry | undefined) => {
      if (!next) return;
      const delivery = deliveryOf(next);
      const here = current();
      show(delivery);
      if (next.status === 'sent') {
        save('sent');
        stop();
        const response = next.response as { rectification?: { caseId?: unknown; dueDate?: unknown } } | undefined;
        const r = response?.rectification;
        const rectification =
          r && typeof r.caseId === 'string' && typeof r.dueDate === 'string'
            ? { caseId: r.caseId, dueDate: r.dueDate }
            : undefined;
        const done: RatedMark = { ...mark, ...(rectification ? { rectification } : {}) };
        record.set(done);
        if (here) {
          this._mark = done;
          this._state = 'done';
          this.focus_('.status');
        }
        emit<YzRatedDetail>(this, 'yz-rated', { level: mark.level, ...(rectification ? { rectification } : {}) });
      } else if (next.status === 'failed') {
        stop();
        const error = next.error ?? { status: 0, code: 'http' };
        if (error.status === 409) {
          // The server has a rating for this case already: given, as far as the visitor goes.
          if (here) this._state = 'already';
          save('sent', true);
        } else {
          // Not given after all: let them try again, with everything they chose still there.
          record.remove();
          if (here) {
            this._mark = undefined;
            this._failed = true;
            this._state = 'ask';
          }
          emit<YzRefusedDetail>(this, 'yz-refused', { code: error.code, status: error.status, ...rated });
        }
        if (here) this.focus_('.status, .error');
      } else if (WAITING.includes(delivery)) {
        // The first try did not get through: stored, and the outbox keeps trying.
        save('queued');
      }
    };
    this.addController(watcher);
    onEntry(entry);
  }

  private dismiss(): void {
    this._state = 'dismissed';
    this.focus_('.status');
    emit<Record<string, never>>(this, 'yz-dismissed', {});
  }

  private renderLevels(): TemplateResult {
    const t = (key: string) => this.localize.t(key);
    const invalid = this._problems.includes('levelRequired');
    return html`<fieldset
      class="levels"
      part="levels"
      aria-describedby=${invalid ? `${this.uid}-level-error` : nothing}
    >
      <legend class="legend">${t('legend')}</legend>
      ${invalid ? html`<p class="error" id="${this.uid}-level-error">${t('errors.levelRequired')}</p>` : nothing}
      <div class="level-row">
        ${RATING_LEVELS_DESC.map(
          (level) =>
            html`<label class="level ${isBad(level) ? 'bad' : ''}" part="level">
              <input
                type="radio"
                name="level"
                value=${level}
                .checked=${this._choice.level === level}
                @change=${() => this.setLevel(level)}
              />
              ${face(level)}
              <span class="word">${t(`levels.${level}`)}</span>
            </label>`,
        )}
      </div>
    </fieldset>`;
  }

  private renderDetails(level: RatingLevel): TemplateResult {
    const t = (key: string, values?: Record<string, unknown>) => this.localize.t(key, values);
    const bad = isBad(level);
    const tagError = this._problems.includes('tagsRequired');
    const commentError = this._problems.includes('commentTooLong');
    const left = COMMENT_MAX - this._choice.comment.trim().length;
    return html`${bad ? html`<p class="rectification" id="${this.uid}-note">${t('rectificationNote')}</p>` : nothing}
      <fieldset
        class="tags ${tagError ? 'invalid' : ''}"
        part="tags"
        aria-describedby=${
          [tagError ? `${this.uid}-tag-error` : '', bad ? `${this.uid}-note` : ''].filter(Boolean).join(' ') || nothing
        }
      >
        <legend class="legend small">${t(bad ? 'tagsLegendRequired' : 'tagsLegend')}</legend>
        ${tagError ? html`<p class="error" id="${this.uid}-tag-error">${t('errors.tagsRequired')}</p>` : nothing}
        <div class="tag-list">
          ${RATING_TAGS[level].map(
            (tag) =>
              html`<label class="tag">
                <input
                  type="checkbox"
                  value=${tag}
                  .checked=${this._choice.tags.has(tag)}
                  @change=${(e: Event) => this.toggleTag(tag, (e.target as HTMLInputElement).checked)}
                />
                <span>${t(`tags.${tag}`)}</span>
              </label>`,
          )}
        </div>
      </fieldset>
      <div class="comment ${commentError ? 'invalid' : ''}">
        <label class="legend small" for="${this.uid}-comment">${t('comment.label')}</label>
        ${
          commentError
            ? html`<p class="error" id="${this.uid}-comment-error">
                ${t('errors.commentTooLong', { max: COMMENT_MAX })}
              </p>`
            : nothing
        }
        <textarea
          id="${this.uid}-comment"
          part="comment"
          rows="3"
          aria-describedby="${this.uid}-count${commentError ? ` ${this.uid}-comment-error` : ''}"
          aria-invalid=${commentError ? 'true' : 'false'}
          .value=${this._choice.comment}
          @input=${(e: Event) => (this._choice = { ...this._choice, comment: (e.target as HTMLTextAreaElement).value })}
        ></textarea>
        <p class="count ${left < 0 ? 'over' : ''}" id="${this.uid}-count">
          ${left >= 0 ? t('comment.remaining', { count: left }) : t('comment.over', { count: -left })}
        </p>
      </div>`;
  }

  private renderAsk(): TemplateResult {
    const t = (key: string) => this.localize.t(key);
    const level = this._choice.level;
    const showDetails = level !== undefined;
    return html`<form
      novalidate
      @submit=${(e: Event) => {
        e.preventDefault();
        void this.send();
      }}
    >
      ${this.renderLevels()} ${showDetails ? this.renderDetails(level) : nothing}
      ${this._failed ? html`<p class="error" role="alert" tabindex="-1">${t('errors.failed')}</p>` : nothing}
      <div class="actions">
        ${
          showDetails || !this.compact
            ? html`<button type="submit" class="button" part="button">${t('submit')}</button>`
            : nothing
        }
        <button type="button" class="button secondary" @click=${this.dismiss}>${t('dismiss')}</button>
      </div>
      <p class="voluntary">${t('voluntary')}</p>
    </form>`;
  }

  private renderStatus(): TemplateResult {
    const t = (key: string, values?: Record<string, unknown>) => this.localize.t(key, values);
    let text: string;
    let extra: TemplateResult | typeof nothing = nothing;
    switch (this._state) {
      case 'sending': {
        const d = this._delivery ?? 'queued';
        text = t(
          `status.${d === 'offline' ? 'offline' : d === 'retrying' || d === 'rate-limited' ? 'retrying' : d === 'queued' ? 'queued' : 'sending'}`,
        );
        break;
      }
      case 'done':
      case 'already': {
        text = t(this._state === 'done' ? 'done.thanks' : 'done.already');
        // Also when the page is opened again: the case number is what they follow the complaint with.
        const r = this._mark?.rectification;
        if (r) {
          extra = html`<p>
            ${t('done.rectification', { caseId: r.caseId, date: this.localize.date(r.dueDate, { dateStyle: 'long' }) })}
          </p>`;
        }
        break;
      }
      default:
        text = t('done.dismissed');
    }
    return html`<div class="status status-${this._state}" part="status" role="status" tabindex="-1">
      <p>${text}</p>
      ${extra}
    </div>`;
  }

  override render() {
    if (!this.localize.ready) return html`<p class="loading" aria-busy="true"></p>`;
    if (!validTarget(this.targetType, this.targetId) || (!this.token && this.targetType === 'consultation')) {
      return nothing;
    }
    return html`<div class="wrap" dir=${this.localize.dir}>
      ${this._state === 'ask' ? this.renderAsk() : this.renderStatus()}
    </div>`;
  }
}
