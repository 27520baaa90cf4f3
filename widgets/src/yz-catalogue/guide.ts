import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Channel, Duration, Material, ResolvedItem, ResolvedOutlet } from '@yizhan/catalogue';
import type { CatalogueView } from '../internal/catalogue-view.js';
import { formatYuan, isFree } from '../internal/format.js';
import { weeklyLines } from '../internal/hours-format.js';
import type { LocalizeController } from '../internal/localize.js';
import type { QrPath } from '../internal/qr-path.js';

/** Everything the handling guide shows and the actions it offers; the element supplies it. */
export interface GuideContext {
  localize: LocalizeController;
  view: CatalogueView;
  item: ResolvedItem;
  ticked: ReadonlySet<number>;
  ephemeral: boolean;
  /** The deep link to this guide, when the host lets the widget have one. */
  shareUrl: string | undefined;
  qr: QrPath | undefined;
  qrOpen: boolean;
  copyState: 'idle' | 'copied' | 'failed';
  outletHref(id: string): string | undefined;
  onTick(index: number, checked: boolean): void;
  onClearTicks(): void;
  onBack(): void;
  onAsk(): void;
  onCopy(): void;
  onToggleQr(): void;
  onPrint(): void;
  onOutlet(event: Event, id: string): void;
}

/** Which parts of an item each guide section shows, for its “set by” note. */
const SECTION_FIELDS = {
  about: ['summary', 'eligibility', 'audience', 'outcome'],
  timeLimit: ['timeLimit'],
  materials: ['materials'],
  steps: ['steps'],
  fees: ['fee'],
  channels: ['channels'],
  basis: ['basis'],
  contact: ['contact'],
} as const;

/** “承诺 5 个工作日内办结”: one whole sentence per kind and unit, never assembled from pieces. */
export function timeLimitSentence(
  localize: LocalizeController,
  kind: 'legal' | 'promised',
  duration: Duration,
): string {
  if (duration.unit === 'instant') return localize.t(`timeLimit.${kind}.instant`);
  return localize.t(`timeLimit.${kind}.${duration.unit}`, { count: duration.value });
}

/** The list names (with their level) that set any of `fields`, e.g. “四川省目录（省级）”. */
function provenance(ctx: GuideContext, fields: readonly string[]): TemplateResult | typeof nothing {
  const { view, item, localize } = ctx;
  if (view.lists.size < 2) return nothing;
  const ids = new Set<string>();
  for (const key of Object.keys(item.provenance)) {
    if (fields.some((f) => key === f || key.startsWith(`${f}.`))) ids.add(item.provenance[key]!);
  }
  if (ids.size === 0 && item.provenance['@']) ids.add(item.provenance['@']);
  // National, provincial or municipal: the full list names are listed once, in the footer.
  const names = [
    ...new Set(
      [...ids]
        .map((id) => view.lists.get(id))
        .filter((list) => list !== undefined)
        .map((list) => localize.t('guide.levelList', { level: localize.t(`common:level.${list.level}`) })),
    ),
  ];
  if (names.length === 0) return nothing;
  return html`<p class="provenance" part="provenance">
    ${localize.t('guide.provenance', { lists: localize.list(names) })}
  </p>`;
}

function section(ctx: GuideContext, key: keyof typeof SECTION_FIELDS, title: string, body: unknown): TemplateResult {
  return html`<section class="section section-${key}" part="section ${key}-section" aria-labelledby="s-${key}">
    <div class="section-head">
      <h3 id="s-${key}">${title}</h3>
      ${provenance(ctx, SECTION_FIELDS[key])}
    </div>
    ${body}
  </section>`;
}

const telHref = (phone: string): string => `tel:${phone.replace(/[^\d+]/g, '')}`;

/** Only http(s) links leave the page: a catalogue handed over as a property is not schema-checked. */
export const isWebUrl = (href: string): boolean => /^https?:\/\//i.test(href);

function externalLink(localize: LocalizeController, href: string, text: string): TemplateResult | string {
  if (!isWebUrl(href)) return text;
  return html`<a href=${href} target="_blank" rel="noopener noreferrer" part="external-link"
    >${text}<span class="visually-hidden">${localize.t('ui:externalLink')}</span></a
  >`;
}

function renderTimeLimits(ctx: GuideContext): TemplateResult {
  const { localize, item } = ctx;
  const limit = item.timeLimit;
  const body =
    limit?.legal || limit?.promised
      ? html`<div class="limits">
            ${
              limit.legal
                ? html`<p class="limit legal" part="time-limit legal-time-limit">
                    ${timeLimitSentence(localize, 'legal', limit.legal)}
                  </p>`
                : nothing
            }
            ${
              limit.promised
                ? html`<p class="limit promised" part="time-limit promised-time-limit">
                    ${timeLimitSentence(localize, 'promised', limit.promised)}
                  </p>`
                : nothing
            }
          </div>
          ${limit.note ? html`<p class="note">${localize.text(limit.note)}</p>` : nothing}`
      : html`<p>${localize.t('timeLimit.none')}</p>`;
  return section(ctx, 'timeLimit', localize.t('timeLimit.title'), body);
}

function renderAbout(ctx: GuideContext): TemplateResult | typeof nothing {
  const { localize, item } = ctx;
  if (!item.eligibility && item.audience.length === 0 && !item.outcome) return nothing;
  return section(
    ctx,
    'about',
    localize.t('guide.about'),
    html`${
      item.eligibility
        ? html`<h4>${localize.t('guide.eligibility')}</h4>
            <p>${localize.text(item.eligibility)}</p>`
        : nothing
    }
    ${
      item.audience.length
        ? html`<p>
            ${localize.t('guide.audience', {
              list: localize.list(item.audience.map((a) => localize.t(`common:audience.${a}`))),
            })}
          </p>`
        : nothing
    }
    ${
      item.outcome
        ? html`<h4>${localize.t('guide.outcome')}</h4>
            <p>${localize.text(item.outcome)}</p>`
        : nothing
    }`,
  );
}

function materialLine(localize: LocalizeController, material: Material): string {
  return localize.t('materials.copies', {
    form: localize.t(`common:materialForm.${material.form}`),
    count: material.copies,
  });
}

function renderMaterials(ctx: GuideContext): TemplateResult {
  const { localize, item, ticked } = ctx;
  const materials = item.materials;
  if (materials.length === 0)
    return section(ctx, 'materials', localize.t('guide.materials'), html`<p>${localize.t('materials.none')}</p>`);
  const done = materials.filter((_, i) => ticked.has(i)).length;
  return section(
    ctx,
    'materials',
    localize.t('guide.materials'),
    html`<p class="hint screen-only">${localize.t(ctx.ephemeral ? 'materials.hintEphemeral' : 'materials.hint')}</p>
      <ul class="checklist" part="checklist">
        ${materials.map((m, i) => {
          const name = localize.text(m.name);
          return html`<li class="material" part="material">
            <label class="check">
              <input
                type="checkbox"
                part="checkbox"
                .checked=${ticked.has(i)}
                @change=${(e: Event) => ctx.onTick(i, (e.target as HTMLInputElement).checked)}
              />
              <span class="material-text">
                <span class="material-name">${name}</span>
                <span class="material-meta">
                  <span>${materialLine(localize, m)}</span>
                  <span class="tag ${m.required && !m.condition ? 'required' : 'optional'}"
                    >${localize.t(m.required && !m.condition ? 'materials.required' : 'materials.optional')}</span
                  >
                </span>
              </span>
            </label>
            ${
              m.condition
                ? html`<p class="condition">
                    ${localize.t('materials.condition', { condition: localize.text(m.condition) })}
                  </p>`
                : nothing
            }
            ${m.note ? html`<p class="note">${localize.text(m.note)}</p>` : nothing}
            ${
              m.templateUrl
                ? html`<p class="template">
                    ${externalLink(localize, m.templateUrl, localize.t('materials.template', { name }))}
                  </p>`
                : nothing
            }
          </li>`;
        })}
      </ul>
      <div class="checklist-foot screen-only">
        <p role="status" class="progress" part="checklist-progress">
          ${localize.t('materials.progress', { done, count: materials.length })}
        </p>
        ${
          done > 0
            ? html`<button
                type="button"
                class="button secondary small"
                part="button clear-checklist"
                @click=${ctx.onClearTicks}
              >
                ${localize.t('materials.clear')}
              </button>`
            : nothing
        }
      </div>`,
  );
}

function renderSteps(ctx: GuideContext): TemplateResult {
  const { localize, item } = ctx;
  const body = item.steps.length
    ? html`<ol class="steps" part="steps">
        ${item.steps.map(
          (s) =>
            html`<li class="step">
              <span class="step-title">${localize.text(s.title)}</span>
              ${s.detail ? html`<span class="step-detail">${localize.text(s.detail)}</span>` : nothing}
            </li>`,
        )}
      </ol>`
    : html`<p>${localize.t('steps.none')}</p>`;
  return section(ctx, 'steps', localize.t('guide.steps'), body);
}

function renderFees(ctx: GuideContext): TemplateResult {
  const { localize, item } = ctx;
  const fee = item.fee;
  // Charged, but no fixed amounts: the note says how the fee is worked out, so it is the fee itself.
  if (fee?.charged && fee.items.length === 0) {
    return section(
      ctx,
      'fees',
      localize.t('guide.fees'),
      html`<p class="fee-variable" part="fee-variable">${localize.t('fees.variable')}</p>
        ${fee.note ? html`<p class="fee-note" part="fee-note">${localize.text(fee.note)}</p>` : nothing}
        ${fee.basis ? html`<p class="note">${localize.t('fees.basis', { basis: localize.text(fee.basis) })}</p>` : nothing}`,
    );
  }
  if (!fee) {
    return section(
      ctx,
      'fees',
      localize.t('guide.fees'),
      html`<p part="fee-unknown">${localize.t('fees.unknown')}</p>`,
    );
  }
  const body = isFree(fee)
    ? html`<p class="free" part="fee-free">${localize.t('fees.free')}</p>`
    : html`<ul class="fees" part="fees">
          ${fee.items.map(
            (f) =>
              html`<li>
                ${localize.t('fees.item', {
                  label: localize.text(f.label),
                  amount: formatYuan(localize, f.amountYuan),
                  per: localize.t(`common:feePer.${f.per}`),
                })}
                ${f.note ? html`<span class="note">${localize.text(f.note)}</span>` : nothing}
              </li>`,
          )}
        </ul>
        ${fee.basis ? html`<p class="note">${localize.t('fees.basis', { basis: localize.text(fee.basis) })}</p>` : nothing}`;
  return section(
    ctx,
    'fees',
    localize.t('guide.fees'),
    html`${body}${fee?.note ? html`<p class="note">${localize.text(fee.note)}</p>` : nothing}`,
  );
}

function renderOutlet(ctx: GuideContext, outlet: ResolvedOutlet): TemplateResult {
  const { localize } = ctx;
  const name = localize.text(outlet.name);
  const href = ctx.outletHref(outlet.id);
  const lines = outlet.hours ? weeklyLines(localize, outlet.hours) : [];
  return html`<li class="outlet" part="channel-outlet">
    ${
      href
        ? html`<a class="outlet-name" href=${href} @click=${(e: Event) => ctx.onOutlet(e, outlet.id)}>${name}</a>`
        : html`<button type="button" class="link outlet-name" @click=${(e: Event) => ctx.onOutlet(e, outlet.id)}>
            ${name}
          </button>`
    }
    <span class="outlet-address">${localize.text(outlet.address)}</span>
    ${lines.length ? html`<span>${localize.t('channels.outletHours', { hours: localize.list(lines) })}</span>` : nothing}
    ${
      outlet.phones.length
        ? html`<span
            >${localize.t('channels.phone')}${outlet.phones.map(
              (p, i) => html`${i ? ' ' : ''}<a href=${telHref(p)} part="phone-link">${p}</a>`,
            )}</span
          >`
        : nothing
    }
  </li>`;
}

function renderChannel(ctx: GuideContext, channel: Channel): TemplateResult {
  const { localize, view, item } = ctx;
  const label = channel.label ? localize.text(channel.label) : localize.t(`common:channel.${channel.type}`);
  const named = channel.outletIds.map((id) => view.outlets.get(id)).filter((o) => o !== undefined);
  const outlets = channel.type === 'window' && named.length === 0 ? view.outletsFor(item.id) : named;
  return html`<li class="channel" part="channel">
    <h4>${label}</h4>
    ${channel.url ? html`<p>${externalLink(localize, channel.url, localize.t('channels.apply'))}</p>` : nothing}
    ${
      channel.phone
        ? html`<p>
            ${localize.t('channels.phone')}<a href=${telHref(channel.phone)} part="phone-link">${channel.phone}</a>
          </p>`
        : nothing
    }
    ${channel.hours ? html`<p>${localize.t('channels.hours', { hours: localize.text(channel.hours) })}</p>` : nothing}
    ${channel.note ? html`<p class="note">${localize.text(channel.note)}</p>` : nothing}
    ${
      outlets.length
        ? html`<p>${localize.t('channels.outlets')}</p>
            <ul class="outlets">
              ${outlets.map((o) => renderOutlet(ctx, o))}
            </ul>`
        : nothing
    }
  </li>`;
}

function renderChannels(ctx: GuideContext): TemplateResult {
  const { localize, item } = ctx;
  const body = item.channels.length
    ? html`<ul class="channels">
        ${item.channels.map((c) => renderChannel(ctx, c))}
      </ul>`
    : html`<p>${localize.t('channels.none')}</p>`;
  return section(ctx, 'channels', localize.t('guide.channels'), body);
}

function renderBasis(ctx: GuideContext): TemplateResult | typeof nothing {
  const { localize, item } = ctx;
  if (item.basis.length === 0) return nothing;
  return section(
    ctx,
    'basis',
    localize.t('guide.basis'),
    html`<ul class="basis" part="basis">
      ${item.basis.map((b) => {
        const title = localize.text(b.title);
        return html`<li>
          ${b.url ? externalLink(localize, b.url, title) : title}${b.clause ? html` <span>${b.clause}</span>` : nothing}
        </li>`;
      })}
    </ul>`,
  );
}

function renderContact(ctx: GuideContext): TemplateResult | typeof nothing {
  const { localize, item } = ctx;
  const c = item.contact;
  if (!c || (!c.phone && !c.email && !c.hours && !c.note)) return nothing;
  return section(
    ctx,
    'contact',
    localize.t('guide.contact'),
    html`${
      c.phone
        ? html`<p>${localize.t('contact.phone')}<a href=${telHref(c.phone)} part="phone-link">${c.phone}</a></p>`
        : nothing
    }
    ${c.email ? html`<p>${localize.t('contact.email')}<a href="mailto:${c.email}">${c.email}</a></p>` : nothing}
    ${c.hours ? html`<p>${localize.t('contact.hours', { hours: localize.text(c.hours) })}</p>` : nothing}
    ${c.note ? html`<p class="note">${localize.text(c.note)}</p>` : nothing}`,
  );
}

export function qrSvg(qr: QrPath, label: string): TemplateResult {
  const box = qr.size + 8;
  return html`<svg
    class="qr"
    part="qr"
    role="img"
    aria-label=${label}
    viewBox="-4 -4 ${box} ${box}"
    shape-rendering="crispEdges"
  >
    ${svg`<rect x="-4" y="-4" width=${box} height=${box} fill="#fff"></rect><path d=${qr.d} fill="#000"></path>`}
  </svg>`;
}

function renderActions(ctx: GuideContext): TemplateResult {
  const { localize } = ctx;
  return html`<div class="actions screen-only" part="actions" role="group" aria-label=${localize.t('actions.label')}>
      <button type="button" class="button" part="button ask-button" @click=${ctx.onAsk}>
        ${localize.t('actions.ask')}
      </button>
      ${
        ctx.shareUrl
          ? html`<button type="button" class="button secondary" part="button copy-button" @click=${ctx.onCopy}>
                ${localize.t('actions.copyLink')}
              </button>
              <button
                type="button"
                class="button secondary"
                part="button qr-button"
                aria-expanded=${ctx.qrOpen ? 'true' : 'false'}
                aria-controls="qr-panel"
                @click=${ctx.onToggleQr}
              >
                ${localize.t(ctx.qrOpen ? 'actions.qrHide' : 'actions.qrShow')}
              </button>`
          : nothing
      }
      <button type="button" class="button secondary" part="button print-button" @click=${ctx.onPrint}>
        ${localize.t('actions.print')}
      </button>
    </div>
    <div class="share-status screen-only" role="status">
      ${ctx.copyState === 'copied' ? html`<p>${localize.t('actions.copied')}</p>` : nothing}
    </div>
    ${
      ctx.copyState === 'failed' && ctx.shareUrl
        ? html`<p class="screen-only copy-failed">
            <label for="share-url">${localize.t('actions.copyFailed')}</label>
            <input
              id="share-url"
              class="share-url"
              readonly
              .value=${ctx.shareUrl}
              @focus=${(e: Event) => (e.target as HTMLInputElement).select()}
            />
          </p>`
        : nothing
    }
    <div id="qr-panel" class="qr-panel screen-only" part="qr-panel" ?hidden=${!ctx.qrOpen}>
      ${
        ctx.qrOpen && ctx.qr
          ? html`${qrSvg(ctx.qr, localize.t('actions.qrAlt'))}
              <p>${localize.t('ui:qrLabel')}</p>`
          : nothing
      }
    </div>`;
}

function renderMeta(ctx: GuideContext): TemplateResult {
  const { localize, item, view } = ctx;
  const date = (d: string): string => localize.date(d.length === 10 ? `${d}T00:00:00+08:00` : d);
  return html`<footer class="meta" part="meta">
    <h3 class="visually-hidden">${localize.t('guide.meta')}</h3>
    <p>
      <span>${localize.t('meta.version', { version: item.version })}</span>
      ${item.effectiveFrom ? html`<span>${localize.t('meta.effective', { date: date(item.effectiveFrom) })}</span>` : nothing}
      ${item.updatedAt ? html`<span>${localize.t('meta.updated', { date: date(item.updatedAt) })}</span>` : nothing}
      <span>${localize.t('meta.catalogue', { version: view.catalogue.catalogueVersion })}</span>
    </p>
    ${
      view.lists.size > 1
        ? html`<p>
            ${localize.t('meta.lists', {
              lists: localize.list(
                [...view.lists.values()].map((list) =>
                  localize.t('guide.listName', { name: localize.text(list.name), version: list.version }),
                ),
              ),
            })}
          </p>`
        : nothing
    }
    ${
      ctx.shareUrl
        ? html`<div class="print-only print-link">
            ${ctx.qr ? qrSvg(ctx.qr, localize.t('actions.qrAlt')) : nothing}
            <p>${localize.t('print.url', { url: ctx.shareUrl })}<br />${localize.t('print.qr')}</p>
          </div>`
        : nothing
    }
  </footer>`;
}

/** The handling guide of one item: the page a citizen reads, ticks off and prints before a trip. */
export function renderGuide(ctx: GuideContext): TemplateResult {
  const { localize, item } = ctx;
  const suspended = item.status === 'suspended';
  return html`<article class="guide" part="guide" aria-labelledby="guide-title">
    <nav class="guide-nav screen-only" part="guide-nav">
      <button type="button" class="button secondary back" part="button back-button" @click=${ctx.onBack}>
        <span aria-hidden="true" class="back-arrow">←</span>${localize.t('guide.back')}
      </button>
    </nav>
    <header class="guide-header" part="guide-header">
      <p class="eyebrow">
        <span class="tag" part="tag">${localize.t(`common:category.${item.category}`)}</span>
        <span class="tag ${item.handlingType}" part="tag"
          >${localize.t(`common:handlingType.${item.handlingType}`)}</span
        >
        ${item.code ? html`<span class="code">${localize.t('guide.code', { code: item.code })}</span>` : nothing}
      </p>
      <h2 id="guide-title" tabindex="-1" part="guide-title">${localize.text(item.name)}</h2>
      ${
        suspended
          ? html`<p class="notice suspended" part="suspended-notice" role="note">${localize.t('guide.suspended')}</p>`
          : nothing
      }
      ${item.summary ? html`<p class="summary">${localize.text(item.summary)}</p>` : nothing}
      ${item.note ? html`<p class="item-note" part="item-note" role="note">${localize.text(item.note)}</p>` : nothing}
      ${renderActions(ctx)}
    </header>
    ${renderTimeLimits(ctx)} ${renderAbout(ctx)} ${renderMaterials(ctx)} ${renderSteps(ctx)} ${renderFees(ctx)}
    ${renderChannels(ctx)} ${renderBasis(ctx)} ${renderContact(ctx)} ${renderMeta(ctx)}
  </article>`;
}
