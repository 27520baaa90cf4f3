import type { Duration, ResolvedItem, ResolvedOutlet } from '@yizhan/catalogue';
import type { ReceiptInput } from '../../shared/bridge.js';
import type { HallWindow } from '../hall/hall-info.js';

/**
 * Receipts as structured text for the bridge's print call (the shell renders and escapes them,
 * core/receipt.ts): a handling-guide summary, a materials checklist to tick at home, or a
 * consultation reference. Nothing personal is printed except what the visitor's own
 * consultation receipt needs (the masked contact the reply goes to).
 */

/** The localization the receipts need; the kiosk's LocalizeController provides it. */
export interface Words {
  readonly lang: string;
  t(key: string, options?: Record<string, unknown>): string;
  text(value: Readonly<Record<string, string>> | undefined): string;
  date(value: Date | string | number, options?: Intl.DateTimeFormatOptions): string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
}

export interface ReceiptQrInput {
  modules: string[];
  url: string;
}

export interface GuideReceiptInput {
  words: Words;
  item: ResolvedItem;
  hall: ResolvedOutlet | undefined;
  windows: readonly HallWindow[];
  /** Opening hours in words (“周一至周五：9:00–17:30”). */
  hours: readonly string[];
  qr?: ReceiptQrInput | undefined;
  /** `checklist`: only the materials, with boxes to tick. */
  kind: 'guide' | 'checklist';
}

const LINE = 500;
const TITLE = 200;
const cut = (text: string, max: number) =>
  Array.from(text).length > max ? Array.from(text).slice(0, max).join('') : text;
const lines = (list: readonly string[]) => list.map((l) => cut(l, LINE)).slice(0, 60);
type Section = NonNullable<ReceiptInput['sections']>[number];

function timeLimitLines(words: Words, item: ResolvedItem): string[] {
  const sentence = (kind: 'legal' | 'promised', d: Duration) =>
    d.unit === 'instant'
      ? words.t(`catalogue:timeLimit.${kind}.instant`)
      : words.t(`catalogue:timeLimit.${kind}.${d.unit}`, { count: d.value });
  const out: string[] = [];
  if (item.timeLimit?.promised) out.push(sentence('promised', item.timeLimit.promised));
  if (item.timeLimit?.legal) out.push(sentence('legal', item.timeLimit.legal));
  return out.length ? out : [words.t('catalogue:timeLimit.none')];
}

function feeLines(words: Words, item: ResolvedItem): string[] {
  if (!item.fee) return [words.t('catalogue:fees.unknown')];
  if (!item.fee.charged) return [words.t('catalogue:fees.free')];
  // Charged without fixed amounts (arbitration, insurance…): the fee's note says how it is charged.
  if (item.fee.items.length === 0) {
    return [words.t('catalogue:fees.variable'), ...(item.fee.note ? [words.text(item.fee.note)] : [])];
  }
  return item.fee.items.map((fee) =>
    words.t('catalogue:fees.item', {
      label: words.text(fee.label),
      amount: words.t('common:yuan', { amount: words.number(fee.amountYuan, { maximumFractionDigits: 2 }) }),
      per: words.t(`common:feePer.${fee.per}`),
    }),
  );
}

function materialSection(words: Words, item: ResolvedItem): Section {
  if (item.materials.length === 0) {
    return { heading: words.t('catalogue:guide.materials'), lines: [words.t('catalogue:materials.none')] };
  }
  return {
    heading: words.t('catalogue:guide.materials'),
    checkboxes: true,
    lines: lines(
      item.materials.map((m) => {
        const line = words.t('app.receipt.material', {
          name: words.text(m.name),
          copies: words.t('catalogue:materials.copies', {
            form: words.t(`common:materialForm.${m.form}`),
            count: m.copies,
          }),
          need: words.t(m.required ? 'catalogue:materials.required' : 'catalogue:materials.optional'),
        });
        return m.condition ? words.t('app.receipt.materialWhen', { line, condition: words.text(m.condition) }) : line;
      }),
    ),
  };
}

export function guideReceipt(input: GuideReceiptInput): ReceiptInput {
  const { words, item, hall, windows, hours, qr, kind } = input;
  const name = words.text(item.name);
  const sections: Section[] = [];
  if (kind === 'guide') {
    if (windows.length) {
      sections.push({
        heading: words.t('app.receipt.where'),
        lines: lines(windows.map((w) => words.text(w.label))),
      });
    }
    if (hours.length) sections.push({ heading: words.t('app.receipt.hours'), lines: lines(hours) });
    sections.push({ heading: words.t('catalogue:timeLimit.title'), lines: lines(timeLimitLines(words, item)) });
    sections.push({ heading: words.t('catalogue:guide.fees'), lines: lines(feeLines(words, item)) });
  }
  sections.push(materialSection(words, item));
  if (kind === 'guide' && item.steps.length) {
    sections.push({
      heading: words.t('catalogue:guide.steps'),
      lines: lines(item.steps.map((s, i) => words.t('app.receipt.step', { n: i + 1, title: words.text(s.title) }))),
    });
  }
  return {
    kind,
    locale: words.lang,
    title: cut(kind === 'checklist' ? words.t('app.receipt.checklistTitle', { name }) : name, TITLE),
    ...(hall ? { subtitle: cut(words.text(hall.name), TITLE) } : {}),
    sections,
    ...(qr ? { qr: { modules: qr.modules, caption: cut(words.t('app.receipt.qrGuide'), LINE) } } : {}),
    footer: words.t('app.receipt.footer'),
  };
}

export interface ConsultationReceiptInput {
  words: Words;
  reference: string;
  /** Promised reply date, `YYYY-MM-DD` (Asia/Shanghai). */
  dueDate: string;
  /** How the reply comes: `sms`, `phone` or `email`, and the masked contact. */
  replyChannel: string;
  contact: string;
  hall: ResolvedOutlet | undefined;
  qr?: ReceiptQrInput | undefined;
}

export function consultationReceipt(input: ConsultationReceiptInput): ReceiptInput {
  const { words, reference, dueDate, replyChannel, contact, hall, qr } = input;
  const due = words.date(`${dueDate}T12:00:00+08:00`, { dateStyle: 'long' });
  return {
    kind: 'consultation',
    locale: words.lang,
    title: words.t('app.receipt.consultTitle'),
    ...(hall ? { subtitle: cut(words.text(hall.name), TITLE) } : {}),
    reference,
    sections: [
      {
        lines: lines([
          words.t('app.receipt.due', { date: due }),
          words.t('app.receipt.reply', { channel: words.t(`app.replyChannel.${replyChannel}`), contact }),
          words.t('app.receipt.track'),
        ]),
      },
    ],
    ...(qr ? { qr: { modules: qr.modules, caption: cut(words.t('app.receipt.qrConsult'), LINE) } } : {}),
    footer: words.t('app.receipt.consultFooter'),
  };
}
