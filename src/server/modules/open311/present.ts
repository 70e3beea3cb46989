import type { z } from 'zod';
import type { Open311Request, Open311Service } from '../../../shared/api/open311';
import type { Locale } from '../../../shared/enums';
import { OPEN311_STEP_LABELS } from '../../../shared/messages/open311';
import { isoInDeploymentZone } from '../../../shared/time-zone';
import { eventParams } from '../submissions';
import { type PublicRequestRow, STATUSES_OF } from './queries';

export function presentService(c: { id: string; name: string; placeName: string }): z.input<typeof Open311Service> {
  return {
    service_code: c.id,
    service_name: c.name,
    description: c.name,
    metadata: false, // no attributes beyond the description
    type: 'realtime',
    keywords: '',
    group: c.placeName, // the place that offers the category
  };
}

const isOpen = (status: PublicRequestRow['status']) => (STATUSES_OF.open as readonly string[]).includes(status);

/**
 * The last public step in the reader's language: its kind, with the topic or outcome it names (the
 * tracking page's kind + params rendering). Never a free-text note, whether staff's or the resident's.
 */
function statusNotes(step: PublicRequestRow['lastStep'], locale: Locale) {
  if (!step) return null;
  const label = (OPEN311_STEP_LABELS as Partial<Record<string, Record<Locale, string>>>)[step.kind]?.[locale];
  if (!label) return null;
  const params = step.isPublic ? eventParams(step.kind, step.data) : null; // as the tracking page does
  const detail =
    (params?.outcomeTitle ? `${params.outcomeTitle} (${params.outcomeCode})` : null) ??
    (params?.title ? `${params.title} (${params.code})` : null);
  if (!detail) return label;
  return locale === 'en' ? `${label}: ${detail}` : `${label}：${detail}`;
}

/**
 * A submission as a public Open311 request: its uuid, category, place, status and the kind of its
 * last public step. No tracking code (it lets its holder rate and reopen), no content (but to the
 * partner that sent it), no notes, no name, no phone.
 */
export function presentRequest(
  r: PublicRequestRow,
  locale: Locale,
  ownDescription: string | null = null, // what the partner reading it handed in itself
): z.input<typeof Open311Request> {
  return {
    service_request_id: r.id,
    status: isOpen(r.status) ? 'open' : 'closed',
    status_notes: statusNotes(r.lastStep, locale),
    service_name: r.categoryName,
    service_code: r.categoryId,
    description: ownDescription, // the resident's own words are not published
    agency_responsible: null, // the tracking page does not name the department
    service_notice: null,
    requested_datetime: isoInDeploymentZone(r.createdAt),
    // the last step the public sees, so internal notes do not show through the time
    updated_datetime: isoInDeploymentZone(r.lastStep?.at ?? r.createdAt),
    expected_datetime: null,
    address: r.address,
    address_id: null,
    zipcode: null,
    lat: null,
    long: null,
    media_url: null, // the tracking page shows no photos
  };
}
