import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { writeAudit } from '../../platform/audit';
import { contextOf } from '../../platform/context';
import type { Db } from '../../platform/db';
import { depthOf, isAncestorOrSelf, pathIds } from '../../platform/db/place-path';
import { accounts, categories, grants, places } from '../../platform/db/schema';
import { forbidden, notFound } from '../../platform/errors';
import { canPlace, findVisiblePlace } from '../places';
import { deadlineDays, setDeadlineDays } from './deadlines';
import {
  CategoryCreated,
  CategoryList,
  CreateCategoryBody,
  DeadlineDays,
  DepartmentList,
  PlaceIdQuery,
} from './schemas';

/** Categories, departments to forward to, and deadlines per level. */
export async function intakeConfigRoutes(app: FastifyInstance, { db }: { db: Db }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['submissions'];

  const visiblePlace = async (req: Parameters<typeof contextOf>[0], id: string) => {
    const ctx = contextOf(req, db);
    const place = await findVisiblePlace(db, ctx.actor, id);
    if (!place) throw notFound();
    return { ctx, place };
  };

  r.get(
    '/api/categories',
    {
      schema: {
        tags,
        summary: 'Categories offered at a place (configured there or above)',
        querystring: PlaceIdQuery,
        response: { 200: CategoryList },
      },
    },
    async (req) => {
      const { place } = await visiblePlace(req, req.query.placeId);
      const ids = pathIds(place.path);
      const items = await db
        .select({
          id: categories.id,
          name: categories.name,
          placeId: categories.placeId,
          sortOrder: categories.sortOrder,
        })
        .from(categories)
        .where(and(sql`${categories.placeId} in ${ids}`, isNull(categories.archivedAt)))
        .orderBy(asc(categories.sortOrder), asc(categories.name));
      return { items };
    },
  );

  r.post(
    '/api/categories',
    {
      schema: {
        tags,
        summary: 'Add a category at a place (admins)',
        body: CreateCategoryBody,
        response: { 201: CategoryCreated },
      },
    },
    async (req, reply) => {
      const { ctx, place } = await visiblePlace(req, req.body.placeId);
      if (!canPlace(ctx.actor, 'update', place)) throw forbidden();
      // a name already taken at the place is the unique index's 409 (the shared error handler)
      const row = await db.transaction(async (tx) => {
        const [c] = await tx
          .insert(categories)
          .values(req.body)
          .returning({ id: categories.id, name: categories.name });
        await writeAudit(tx, ctx, {
          action: 'category.create',
          entityType: 'category',
          entityId: c?.id ?? '',
          placePath: place.path,
          after: req.body,
        });
        return c;
      });
      reply.code(201);
      return row as { id: string; name: string };
    },
  );

  r.get(
    '/api/departments',
    {
      schema: {
        tags,
        summary: 'Department accounts an item in this place can be forwarded to',
        querystring: PlaceIdQuery,
        response: { 200: DepartmentList },
      },
    },
    async (req) => {
      const { place } = await visiblePlace(req, req.query.placeId);
      // a department serves the place where it holds its role and everything beneath
      const items = await db
        .selectDistinct({ id: accounts.id, name: accounts.displayName, placeName: places.name })
        .from(accounts)
        .innerJoin(grants, eq(grants.accountId, accounts.id))
        .innerJoin(places, eq(places.id, grants.placeId))
        .where(
          and(eq(grants.role, 'department'), eq(accounts.isDisabled, false), isAncestorOrSelf(places.path, place.path)),
        )
        .orderBy(asc(accounts.displayName));
      return { items };
    },
  );

  r.get(
    '/api/settings/deadlines',
    {
      schema: { tags, summary: 'Days each level has to act on a submission', response: { 200: DeadlineDays } },
    },
    async (req) => {
      contextOf(req, db);
      return deadlineDays(db);
    },
  );

  r.put(
    '/api/settings/deadlines',
    {
      schema: {
        tags,
        summary: 'Set the days each level has (top-level admins); applies to items sorted from now on',
        body: DeadlineDays,
        response: { 200: DeadlineDays },
      },
    },
    async (req) => {
      const ctx = contextOf(req, db);
      // one setting for the whole deployment: only an admin of a top-level place may change it
      if (!ctx.actor.grants.some((g) => g.role === 'admin' && depthOf(g.placePath) === 1)) throw forbidden();
      await db.transaction(async (tx) => {
        const before = await deadlineDays(tx);
        await setDeadlineDays(tx, req.body);
        await writeAudit(tx, ctx, {
          action: 'settings.deadlines',
          entityType: 'settings',
          entityId: 'submission_deadline_days',
          placePath: ctx.actor.homePlacePath,
          before,
          after: req.body,
        });
      });
      return deadlineDays(db);
    },
  );
}
