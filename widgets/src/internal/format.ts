import type { Duration, Fee, FeeItem } from '@yizhan/catalogue';
import type { LocalizeController } from './localize.js';

/** “5 个工作日” / “5 working days” / “即时办结”. */
export function formatDuration(localize: LocalizeController, duration: Duration | undefined): string {
  if (!duration) return '';
  if (duration.unit === 'instant') return localize.t('common:duration.instant');
  return localize.t(`common:duration.${duration.unit}`, { count: duration.value });
}

/** “300 元” / “CNY 300”, amounts through Intl so 1,000 groups the reader's way. */
export function formatYuan(localize: LocalizeController, amount: number): string {
  return localize.t('common:yuan', { amount: localize.number(amount, { maximumFractionDigits: 2 }) });
}

/** “500 元/每类” style line for one fee item. */
export function formatFeeItem(localize: LocalizeController, item: FeeItem): string {
  return `${formatYuan(localize, item.amountYuan)} ${localize.t(`common:feePer.${item.per}`)}`;
}

/** Free only when the list says so; an item without fee information is unknown, not free. */
export function isFree(fee: Fee | undefined): boolean {
  return fee !== undefined && !fee.charged;
}
