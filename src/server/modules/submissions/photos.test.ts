import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody as ErrorBodySchema, Wire } from '../../../shared/api/common';
import type { SubmissionDetail } from '../../../shared/api/submissions';
import type {
  PhotoUploaded,
  PublicSubmissionResponse,
  SubmissionCreatedResponse,
} from '../../../shared/api/submissions-public';
import { submissions } from '../../platform/db/schema';
import { type BuiltPlace, buildAccount, buildTree } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import { malformedUploads } from '../../testing/malformed-multipart';
import { photoFormatOf, photoWork } from './photos';

type ErrorBody = Wire<typeof ErrorBodySchema>;
type Detail = Wire<typeof SubmissionDetail>;

// 北纬 39°54′: where the photo was taken, which must never reach the disk
const GPS = { IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '39/1 54/1 0/1', GPSLongitudeRef: 'E' } };

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildTree>>;
let liaison: Agent; // liaison of village A
let ipSeq = 0;
const resident = () => new Agent(t.app, {}, `127.2.0.${++ipSeq}`);

function multipart(filename: string, type: string, content: Buffer) {
  const boundary = '----shangliang-photo';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`;
  const payload = Buffer.concat([Buffer.from(head), content, Buffer.from(`\r\n--${boundary}--\r\n`)]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const upload = (by: Agent, place: BuiltPlace, filename: string, type: string, content: Buffer) => {
  const { payload, headers } = multipart(filename, type, content);
  return by.request('POST', `/api/public/places/${place.code}/photos`, payload, headers);
};

const image = (format: 'png' | 'jpeg' | 'webp' | 'gif' | 'tiff' | 'avif') =>
  sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 180, g: 40, b: 40 } } })
    [format]()
    .withExif(GPS)
    .toBuffer();

const submitWith = (by: Agent, place: BuiltPlace, photoIds: string[]) =>
  by.post(`/api/public/places/${place.code}/submissions`, { content: '路边的井盖丢了，很危险', photoIds });

const idOf = async (trackingCode: string) => {
  const [row] = await t.db
    .select({ id: submissions.id })
    .from(submissions)
    .where(eq(submissions.trackingCode, trackingCode));
  return row?.id as string;
};

beforeAll(async () => {
  t = await startTestApp();
  tree = await buildTree(t.db);
  liaison = (await buildAccount(t.app, t.db, { role: 'liaison', place: tree.villageA })).agent;
});

describe('photos', () => {
  it('has location metadata in the images the tests send', async () => {
    expect((await sharp(await image('jpeg')).metadata()).exif).toBeDefined();
    expect((await sharp(await image('png')).metadata()).exif).toBeDefined();
  });

  it('stores a PNG and a JPEG as JPEGs without EXIF, shown to the liaison on the detail page', async () => {
    const phone = resident();
    const ids: string[] = [];
    for (const [name, type, format] of [
      ['a.png', 'image/png', 'png'],
      ['b.jpg', 'image/jpeg', 'jpeg'],
    ] as const) {
      const res = await upload(phone, tree.villageA, name, type, await image(format));
      expect(res.statusCode).toBe(201);
      ids.push(json<Wire<typeof PhotoUploaded>>(res).id);
    }
    const created = await submitWith(phone, tree.villageA, ids);
    expect(created.statusCode).toBe(201);
    const id = await idOf(json<Wire<typeof SubmissionCreatedResponse>>(created).trackingCode);

    const detail = json<Detail>(await liaison.get(`/api/submissions/${id}`));
    expect(detail.photos.map((p) => p.id).sort()).toEqual([...ids].sort());
    for (const photo of detail.photos) {
      const res = await liaison.get(photo.url);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('image/jpeg');
      const meta = await sharp(res.rawPayload).metadata();
      expect(meta.format).toBe('jpeg');
      expect(meta.width).toBe(40);
      expect(meta.exif).toBeUndefined();
    }
  });

  it('shows the resident their own photos on the tracking page, and no one else’s', async () => {
    const phone = resident();
    const photoId = json<Wire<typeof PhotoUploaded>>(
      await upload(phone, tree.villageA, 'a.png', 'image/png', await image('png')),
    ).id;
    const code = json<Wire<typeof SubmissionCreatedResponse>>(
      await submitWith(phone, tree.villageA, [photoId]),
    ).trackingCode;
    const page = json<Wire<typeof PublicSubmissionResponse>>(
      await resident().get(`/api/public/submissions/${code.toLowerCase()}`),
    );
    expect(page.photos).toEqual([{ id: photoId, url: `/api/public/submissions/${code}/photos/${photoId}` }]);
    const res = await resident().get(page.photos[0]?.url ?? '');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/jpeg');
    expect((await sharp(res.rawPayload).metadata()).exif).toBeUndefined();
    // another submission's code does not open this photo
    const other = json<Wire<typeof SubmissionCreatedResponse>>(await submitWith(resident(), tree.villageA, []));
    expect((await resident().get(`/api/public/submissions/${other.trackingCode}/photos/${photoId}`)).statusCode).toBe(
      404,
    );
  });

  it('keeps photos from residents and from other regions', async () => {
    const phone = resident();
    const photoId = json<Wire<typeof PhotoUploaded>>(
      await upload(phone, tree.villageA, 'a.png', 'image/png', await image('png')),
    ).id;
    const id = await idOf(
      json<Wire<typeof SubmissionCreatedResponse>>(await submitWith(phone, tree.villageA, [photoId])).trackingCode,
    );
    const url = `/api/submissions/${id}/photos/${photoId}`;
    expect((await resident().get(url)).statusCode).toBe(401);
    const other = await buildAccount(t.app, t.db, { role: 'liaison', place: tree.villageB });
    expect((await other.agent.get(url)).statusCode).toBe(404);
    const unknown = `/api/submissions/${id}/photos/00000000-0000-4000-8000-000000000000`;
    expect((await liaison.get(unknown)).statusCode).toBe(404);
  });

  it('refuses a text file as a photo, and a JPEG that does not decode', async () => {
    const text = await upload(resident(), tree.villageA, 'notes.jpg', 'image/jpeg', Buffer.from('not an image at all'));
    expect(text.statusCode).toBe(415);
    expect(json<ErrorBody>(text).code).toBe('photo_unsupported');
    const jpeg = await image('jpeg');
    const broken = await upload(resident(), tree.villageA, 'a.jpg', 'image/jpeg', jpeg.subarray(0, 40));
    expect(broken.statusCode).toBe(400);
    expect(json<ErrorBody>(broken)).toMatchObject({ code: 'photo_invalid', field: 'file' });
  });

  it('takes a WebP, and judges by content, not by the declared type', async () => {
    const webp = await upload(resident(), tree.villageA, 'a.webp', 'image/webp', await image('webp'));
    expect(webp.statusCode).toBe(201);
    const pngCalledSvg = await upload(resident(), tree.villageA, 'a.svg', 'image/svg+xml', await image('png'));
    expect(pngCalledSvg.statusCode).toBe(201);
  });

  it('refuses SVG and the formats the page does not promise with 415, however they are named', async () => {
    const svg = Buffer.from(
      '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><rect width="40" height="30" fill="red"/></svg>',
    );
    const cases: [string, string, Buffer][] = [
      ['a.svg', 'image/svg+xml', svg],
      ['a.png', 'image/png', svg],
      ['a.jpg', 'image/jpeg', Buffer.concat([Buffer.from('\ufeff  '), svg])],
      ['a.gif', 'image/gif', await image('gif')],
      ['a.tiff', 'image/tiff', await image('tiff')],
      ['a.avif', 'image/avif', await image('avif')],
    ];
    for (const [name, type, content] of cases) {
      const res = await upload(resident(), tree.villageA, name, type, content);
      expect(res.statusCode, name).toBe(415);
      expect(json<ErrorBody>(res)).toMatchObject({ code: 'photo_unsupported', field: 'file' });
    }
  });

  it.each(Object.entries(malformedUploads(Buffer.alloc(0))))('answers a broken upload (%s) with 400', async (name) => {
    const { payload, headers } = malformedUploads(await image('png'))[name] as {
      payload: Buffer;
      headers: Record<string, string>;
    };
    const res = await resident().request('POST', `/api/public/places/${tree.villageA.code}/photos`, payload, headers);
    expect(res.statusCode).toBe(400);
  });

  it('says a broken upload arrived broken', async () => {
    const { payload, headers } = malformedUploads(await image('png'))['no boundary'] as {
      payload: Buffer;
      headers: Record<string, string>;
    };
    const res = await resident().request('POST', `/api/public/places/${tree.villageA.code}/photos`, payload, {
      ...headers,
      'accept-language': 'en',
    });
    expect(json<ErrorBody & { message: string }>(res)).toEqual({
      code: 'upload_malformed',
      message: 'The file did not arrive whole; choose it again and retry',
      field: 'file',
    });
  });

  it('tells the formats apart by their first bytes, HEIC from an iPhone included', async () => {
    const ftyp = (brand: string) => Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from(`ftyp${brand}`)]);
    expect(photoFormatOf(ftyp('heic'))).toBe('heic');
    expect(photoFormatOf(ftyp('mif1'))).toBe('heic');
    expect(photoFormatOf(ftyp('avif'))).toBeUndefined();
    expect(photoFormatOf(ftyp('isom'))).toBeUndefined(); // an MP4 video
    expect(photoFormatOf(await image('jpeg'))).toBe('jpeg');
    expect(photoFormatOf(Buffer.alloc(0))).toBeUndefined();
  });

  it('asks the resident to retry in a few seconds when the photo line is full, then takes photos again', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const fillers: Promise<unknown>[] = [];
    while (!photoWork.isFull) fillers.push(photoWork.run(() => held));
    const res = await upload(resident(), tree.villageA, 'a.png', 'image/png', await image('png'));
    expect(res.statusCode).toBe(503);
    expect(res.headers['retry-after']).toBe('5');
    expect(json<ErrorBody>(res).code).toBe('server_busy');
    release();
    await Promise.all(fillers);
    expect((await upload(resident(), tree.villageA, 'a.png', 'image/png', await image('png'))).statusCode).toBe(201);
  });

  it('refuses an upload without a file', async () => {
    const res = await resident().post(`/api/public/places/${tree.villageA.code}/photos`, {});
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
  });

  it('answers 404 for an upload to an unknown place', async () => {
    const res = await upload(
      resident(),
      { ...tree.villageA, code: 'nowhere' },
      'a.png',
      'image/png',
      await image('png'),
    );
    expect(res.statusCode).toBe(404);
  });

  it('refuses a photo uploaded at another place, or one already attached', async () => {
    const phone = resident();
    const elsewhere = json<Wire<typeof PhotoUploaded>>(
      await upload(phone, tree.villageB, 'a.png', 'image/png', await image('png')),
    );
    const res = await submitWith(phone, tree.villageA, [elsewhere.id]);
    expect(res.statusCode).toBe(400);
    expect(json<ErrorBody>(res)).toMatchObject({ code: 'photo_invalid', field: 'photoIds' });

    const mine = json<Wire<typeof PhotoUploaded>>(
      await upload(phone, tree.villageA, 'a.png', 'image/png', await image('png')),
    );
    expect((await submitWith(phone, tree.villageA, [mine.id])).statusCode).toBe(201);
    const again = await submitWith(resident(), tree.villageA, [mine.id]);
    expect(again.statusCode).toBe(400);
    expect(json<ErrorBody>(again).code).toBe('photo_invalid');
  });

  it('limits uploads from one address', async () => {
    const phone = resident();
    const png = await image('png');
    for (let i = 0; i < 20; i++)
      expect((await upload(phone, tree.villageA, 'a.png', 'image/png', png)).statusCode).toBe(201);
    const res = await upload(phone, tree.villageA, 'a.png', 'image/png', png);
    expect(res.statusCode).toBe(429);
    expect(json<ErrorBody>(res).code).toBe('rate_limited');
  });
});
