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
