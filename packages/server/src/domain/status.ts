import type { ConsultationStatus } from '@yizhan/catalogue';

export type StaffAction = 'assign' | 'answer' | 'escalate' | 'close';

/**
 * `received → assigned → answered | escalated → closed`. Answering an escalated case is how
 * the expert's reply gets back to the requester; closing is allowed from any open state
 * because some requests are spam or withdrawn.
 */
export const TRANSITIONS: Record<StaffAction, { from: readonly ConsultationStatus[]; to: ConsultationStatus }> = {
  assign: { from: ['received', 'assigned', 'escalated'], to: 'assigned' },
  answer: { from: ['received', 'assigned', 'escalated'], to: 'answered' },
  escalate: { from: ['received', 'assigned'], to: 'escalated' },
  close: { from: ['received', 'assigned', 'answered', 'escalated'], to: 'closed' },
};

export function canTransition(action: StaffAction, status: ConsultationStatus): boolean {
  return TRANSITIONS[action].from.includes(status);
}

/** Actions that write text about the requester's case: none is taken once they erased it (PIPL). */
export function writesText(action: StaffAction): boolean {
  return action === 'answer' || action === 'escalate';
}

/** What the console offers on a case: its status allows the action, and its data was not erased if it writes text. */
export function canAct(action: StaffAction, row: { status: ConsultationStatus; erasedAt: string | null }): boolean {
  return canTransition(action, row.status) && !(row.erasedAt !== null && writesText(action));
}

/** `?done=` on a case page names an action only if it is one: never `toString` or `__proto__`. */
export function isStaffAction(value: string): value is StaffAction {
  return Object.hasOwn(TRANSITIONS, value);
}
