// The pure rules of members' writings (社情民意信息, 提案): where each step leads, the code a
// writing gets when first submitted, and the 409 a step in the wrong state answers.
import type { WritingAction } from '../../../shared/access/writings';
import type { WritingKind, WritingStatus } from '../../../shared/enums';
import type { ErrorCode } from '../../../shared/error-messages';

/**
 * The state machine: 草稿 → 已提交 → (退回修改 → 已提交 …) → 已采用 → 已报送, or 未采用. The author
 * revises a draft or a returned writing and submits it; the office edits it under review or once
 * adopted (before it goes out), returns, adopts or declines it, and forwards an adopted one —
 * again later to more recipients. Not listed → 409.
 */
export const WRITING_TRANSITIONS = {
  draft: { revise: 'draft', submit: 'submitted' },
  submitted: { edit: 'submitted', return: 'returned', adopt: 'adopted', decline: 'not_adopted' },
  returned: { revise: 'returned', submit: 'submitted' },
  adopted: { edit: 'adopted', forward: 'forwarded' },
  forwarded: { forward: 'forwarded' },
  not_adopted: {},
} as const satisfies Record<WritingStatus, Partial<Record<WritingAction, WritingStatus>>>;

/** Where `action` leads from `status`, or null when the status does not allow it. */
export function nextWritingStatus(status: WritingStatus, action: WritingAction): WritingStatus | null {
  const row: Partial<Record<WritingAction, WritingStatus>> = WRITING_TRANSITIONS[status];
  return row[action] ?? null;
}

/** What a step in the wrong state answers (409). */
export const WRONG_STATE = {
  revise: 'writing_locked',
  submit: 'writing_already_submitted',
  edit: 'writing_edit_closed',
  return: 'writing_not_pending',
  adopt: 'writing_not_pending',
  decline: 'writing_not_pending',
  forward: 'writing_not_adopted',
} as const satisfies Record<WritingAction, ErrorCode>;

/**
 * The code's prefix: SQ (社情民意) and TA (提案), numbered per year by the code counters. A writing
 * gets its code when first submitted; a draft has none (null).
 */
export const CODE_PREFIX = { public_opinion: 'SQ', proposal: 'TA' } as const satisfies Record<WritingKind, string>;
