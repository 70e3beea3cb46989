import { createReadStream } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Challenges } from '../../platform/challenges';
import type { Config } from '../../platform/config';
import { makeCipher } from '../../platform/crypto';
import type { Db } from '../../platform/db';
import { AppError, invalid, notFound } from '../../platform/errors';
import { readerNames } from '../../platform/http/reader-names';
import { readUpload } from '../../platform/http/upload';
import { take } from '../../platform/rate-limit';
import { admitSubmission, INTAKE_LIMITS } from './abuse';
import { addressableMembers, isAddressable, tellAddressedMember } from './addressed';
import { fileSubmission, intakePlace } from './intake';
import { MAX_PHOTO_BYTES, photoPath, photoWork, storePhoto } from './photos';
import {
  type PublicOutcomesOf,
  publicPhotos,
  publicPlace,
  publicSubmission,
  rateSubmission,
  reopenSubmission,
  submissionByTypedCode,
} from './resident';
import {
  Challenge,
  CreatePublicSubmissionBody,
  IdempotencyHeaders,
  PhotoUploaded,
  PlaceCodeParams,
  PublicPlaceMembers,
  PublicPlaceResponse,
  PublicSubmissionResponse,
  RateBody,
  ReopenBody,
  SubmissionCreatedResponse,
  TrackingParams,
  TrackingPhotoParams,
} from './schemas';

/** The residents' API: no account, rate-limited, stable (documented at /api/docs). */
export async function publicSubmissionRoutes(
  app: FastifyInstance,
  {
    db,
    config,
    challenges,
    publicOutcomesOf,
    limitIntake = true,
  }: { db: Db; config: Config; challenges: Challenges; publicOutcomesOf: PublicOutcomesOf; limitIntake?: boolean },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['public'];
  const cipher = makeCipher(config.secret);
  const photoLimit = { windowMs: INTAKE_LIMITS.windowMinutes * 60_000, max: INTAKE_LIMITS.photosPerIp };
  const open = { isPublic: true };

  r.get(
    '/api/public/places/:code',
    {
      schema: {
        tags,
        summary: 'A place’s submission page: name, brand, categories, places beneath it',
        params: PlaceCodeParams,
        response: { 200: PublicPlaceResponse },
      },
      config: open,
    },
    async (req, reply) => {
      const { place, path, categories, subPlaces } = await publicPlace(db, req.params.code, readerNames(req, reply));
      return { code: place.code, name: place.name, kind: place.kind, brand: place.brand, path, categories, subPlaces };
    },
  );

  r.get(
    '/api/public/places/:code/members',
    {
      schema: {
        tags,
        summary:
          '委员会客厅: the members a resident of the place may write to (assigned to it or its workstation), names only',
        params: PlaceCodeParams,
        response: { 200: PublicPlaceMembers },
      },
      config: open,
    },
    async (req) => ({ items: await addressableMembers(db, await intakePlace(db, req.params.code)) }),
  );

  r.get(
    '/api/public/challenge',
    {
      schema: {
        tags,
        summary: 'An image challenge (SVG), asked for when many submissions come from one source (limited per address)',
        response: { 200: Challenge },
      },
      config: open,
    },
    async (req, reply) => challenges.issue(reply, req.ip),
  );

  r.post(
    '/api/public/places/:code/photos',
    {
      schema: {
        tags,
        summary: 'Upload one photo (multipart field "file"); location metadata is stripped',
        params: PlaceCodeParams,
        consumes: ['multipart/form-data'],
        response: { 201: PhotoUploaded },
      },
      config: open,
    },
    async (req, reply) => {
      const place = await intakePlace(db, req.params.code);
      await take(db, reply, `photo-ip:${req.ip}`, photoLimit); // every upload let through counts: decoding costs
      photoWork.assertRoom(); // a full line refuses before 8 MB is read
      const file = await readUpload(req, MAX_PHOTO_BYTES);
      if (!file) throw new AppError(400, 'photo_invalid', {}, [], { field: 'file' });
      reply.code(201);
      return storePhoto(db, config.dataDir, place.id, file.data);
    },
  );

  r.post(
    '/api/public/places/:code/submissions',
    {
      schema: {
        tags,
        summary: 'Raise a problem or opinion. Send an Idempotency-Key header: a retry never makes a second record',
        params: PlaceCodeParams,
        headers: IdempotencyHeaders,
        body: CreatePublicSubmissionBody,
        response: { 201: SubmissionCreatedResponse, 200: SubmissionCreatedResponse },
      },
      config: open,
    },
    async (req, reply) => {
      const body = req.body;
      const place = await intakePlace(db, req.params.code, body.placeId);
      if (body.placeId && !place.chosenId) throw invalid([{ path: 'placeId', key: 'invalid_value' }]);
      await admitSubmission(db, reply, challenges, {
        ip: req.ip,
        placeId: place.id,
        challenge: body.challenge,
        isLimited: limitIntake,
      });
      const key = req.headers['idempotency-key'];
      const { addressedMemberId } = body;
      if (addressedMemberId && !(await isAddressable(db, place, addressedMemberId)))
        throw invalid([{ path: 'addressedMemberId', key: 'invalid_value' }]);
      const filing = {
        ...body,
        placeId: place.chosenId ?? place.id,
        scannedPlaceId: place.id,
        channel: 'qr' as const,
        idempotencyKey: key ? `${place.code}:${key}` : undefined,
        links: { addressedMemberId },
      };
      const created = addressedMemberId
        ? // the member is told exactly when the submission exists
          await db.transaction(async (tx) => {
            const c = await fileSubmission(tx, cipher, place.path, filing);
            await tellAddressedMember(tx, addressedMemberId, { ...c, content: body.content });
            return c;
          })
        : await fileSubmission(db, cipher, place.path, filing);
      reply.code(201);
      return { ...created, trackingUrl: `${config.publicUrl}/t/${created.trackingCode}` };
    },
  );

  r.get(
    '/api/public/submissions/:trackingCode',
    {
      schema: {
        tags,
        summary: 'What happened to a submission, step by step',
        params: TrackingParams,
        response: { 200: PublicSubmissionResponse },
      },
      config: open,
    },
    async (req, reply) => publicSubmission(db, req.params.trackingCode, publicOutcomesOf, readerNames(req, reply)),
  );

  r.get(
    '/api/public/submissions/:trackingCode/photos/:photoId',
    {
      schema: {
        tags,
        summary: 'A photo the resident sent with the submission (JPEG, location metadata stripped)',
        params: TrackingPhotoParams,
      },
      config: open,
    },
    async (req, reply) => {
      const s = await submissionByTypedCode(db, req.params.trackingCode);
      const photo = (await publicPhotos(db, s.id)).find((p) => p.id === req.params.photoId);
      if (!photo) throw notFound();
      reply.header('content-type', 'image/jpeg').header('cache-control', 'private, max-age=3600');
      return reply.send(createReadStream(photoPath(config.dataDir, photo.fileName)));
    },
  );

  r.post(
    '/api/public/submissions/:trackingCode/rating',
    {
      schema: {
        tags,
        summary: 'Was it solved? A satisfaction rating (1–5) and an optional comment',
        params: TrackingParams,
        body: RateBody,
        response: { 200: PublicSubmissionResponse },
      },
      config: open,
    },
    async (req, reply) => {
      await rateSubmission(db, req.params.trackingCode, req.body);
      return publicSubmission(db, req.params.trackingCode, publicOutcomesOf, readerNames(req, reply));
    },
  );

  r.post(
    '/api/public/submissions/:trackingCode/reopen',
    {
      schema: {
        tags,
        summary: 'Not solved: send it back once',
        params: TrackingParams,
        body: ReopenBody,
        response: { 200: PublicSubmissionResponse },
      },
      config: open,
    },
    async (req, reply) => {
      await reopenSubmission(db, req.params.trackingCode, req.body.reason);
      return publicSubmission(db, req.params.trackingCode, publicOutcomesOf, readerNames(req, reply));
    },
  );
}
