// Who may read the dashboard (数据看板): one table for the server's policy and the console.
import type { Role } from '../enums';

/**
 * Leaders, the CPPCC office and liaisons read the figures of the places they reach. Members and
 * departments see only their own share of the records, so a region's totals are not theirs to read.
 * Administrators keep places and accounts but read none of the lists behind the figures (no read
 * role in the submissions, topics, consultations, outcomes, proposals or duty tables), so every
 * number would be a zero that lists nothing: they are refused too.
 */
export const DASHBOARD_ROLES = ['leader', 'cppcc', 'liaison'] as const satisfies readonly Role[];
