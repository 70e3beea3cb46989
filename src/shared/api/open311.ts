// Open311 GeoReport v2 (read side): the wire contract of /open311/v2/ — field names are the spec's.
import { z } from 'zod';
import { LOCALES } from '../enums';
import { IsoDate } from './common';
import { Content, Phone } from './submissions';

/** The format suffix of every Open311 URL: only JSON is served (`.xml` answers 400). */
export const Open311Format = z.object({ format: z.string().max(10) });
/** A request's public id: the submission's uuid (never its tracking code, the resident's secret). */
export const Open311RequestParams = z.object({
  id: z.uuid(),
  format: z.string().max(10),
});

const Jurisdiction = z.string().trim().toLowerCase().min(1).max(32);
/** The reader's language, above Accept-Language. */
const LocaleParam = z.enum(LOCALES).optional();

export const ServicesQuery = z.object({ jurisdiction_id: Jurisdiction, locale: LocaleParam });

/** A partner's API key (接口密钥), as issued: on a read it adds what that key handed in. */
const ApiKey = z.string().trim().min(1).max(200);
/** A form field left empty is left out. */
const blankAsMissing = (v: unknown) => (v === '' ? undefined : v);
const Coordinate = (min: number, max: number) =>
  z.preprocess(blankAsMissing, z.coerce.number<number>().min(min).max(max).optional());
const Optional = (max: number) => z.preprocess(blankAsMissing, z.string().trim().max(max).optional());

/**
 * POST requests.json (form-encoded or JSON): a partner system hands a problem in with its API key.
 * A location is required, as lat and long or as address_string; email and media_url are accepted
 * and not kept (docs/open311.md).
 */
export const CreateRequestBody = z
  .object({
    api_key: ApiKey,
    jurisdiction_id: Jurisdiction,
    service_code: z.uuid(),
    description: Content,
    lat: Coordinate(-90, 90),
    long: Coordinate(-180, 180),
    address_string: Optional(200),
    address_id: Optional(100),
    first_name: Optional(15),
    last_name: Optional(15),
    phone: z.preprocess(blankAsMissing, Phone),
    email: Optional(254),
    device_id: Optional(100),
    account_id: Optional(100),
    media_url: Optional(2000),
    locale: LocaleParam,
  })
  .refine((b) => b.address_string || (b.lat !== undefined && b.long !== undefined), {
    message: 'location_required',
    path: ['lat'],
  });

/** What a create answers: the new request's id (the submission's uuid), as a list of one. */
export const CreatedRequestsResponse = z.array(
  z.object({
    service_request_id: z.string(),
    service_notice: z.string().nullable(),
    account_id: z.string().nullable(),
  }),
);

/** status: open, closed or both, comma-separated as the spec allows. */
const StatusList = z
  .string()
  .max(20)
  .regex(/^(open|closed)(,(open|closed))*$/, 'invalid_value')
  .transform((s) => [...new Set(s.split(','))] as ('open' | 'closed')[]);

export const RequestsQuery = z.object({
  jurisdiction_id: Jurisdiction,
  locale: LocaleParam,
  api_key: ApiKey.optional(),
  // request ids (submission uuids), comma-separated; when given, the other filters are ignored (the spec)
  service_request_id: z
    .string()
    .max(4000)
    .transform((s) =>
      s
        .split(',')
        .map((c) => c.trim().toLowerCase())
        .filter(Boolean),
    )
    .pipe(z.array(z.uuid()).max(100))
    .optional(),
  service_code: z.uuid().optional(),
  start_date: IsoDate.optional(),
  end_date: IsoDate.optional(),
  status: StatusList.optional(),
});

export const SingleRequestQuery = z.object({
  jurisdiction_id: Jurisdiction.optional(),
  locale: LocaleParam,
  api_key: ApiKey.optional(),
});

export const Open311Service = z.object({
  service_code: z.string(),
  service_name: z.string(),
  description: z.string(),
  metadata: z.boolean(),
  type: z.enum(['realtime', 'batch', 'blackbox']),
  keywords: z.string(),
  group: z.string(),
});
export const ServicesResponse = z.array(Open311Service);

export const Open311Request = z.object({
  service_request_id: z.string(),
  status: z.enum(['open', 'closed']),
  status_notes: z.string().nullable(),
  service_name: z.string().nullable(),
  service_code: z.string().nullable(),
  /** Always null: the resident's own words are not published (docs/open311.md). */
  description: z.string().nullable(),
  agency_responsible: z.string().nullable(),
  service_notice: z.string().nullable(),
  requested_datetime: z.string(),
  updated_datetime: z.string(),
  expected_datetime: z.string().nullable(),
  address: z.string(),
  address_id: z.string().nullable(),
  zipcode: z.string().nullable(),
  lat: z.number().nullable(),
  long: z.number().nullable(),
  media_url: z.string().nullable(),
});
export const RequestsResponse = z.array(Open311Request);

/** Open311's error shape: a list of {code, description}. */
export const Open311Errors = z.array(z.object({ code: z.number().int(), description: z.string() }));
