import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../../platform/config';
import { contextOf } from '../../platform/context';
import { makeCipher } from '../../platform/crypto';
import type { Db } from '../../platform/db';
import { forbidden, notFound } from '../../platform/errors';
import { archiveContact, createContact, revealContactPhone, updateContact } from './keep-contact';
import { raiseFromLog, recordContactLog } from './log-contact';
import { mayKeepContacts, maySeeContacts } from './policy';
import { loadContactDetail, presentContact, presentLogs } from './present';
import { findVisibleContact, findVisibleLog, listContacts, listLogs, ownCounts } from './queries';
import {
  ContactDetail,
  ContactList,
  ContactLog,
  ContactLogList,
  ContactLogParams,
  ContactParams,
  ContactPhone,
  CreateContactBody,
  CreateContactLogBody,
  ListContactLogsQuery,
  ListContactsQuery,
  RaiseProblemBody,
  UpdateContactBody,
} from './schemas';

/** 联系群众: members' fixed contacts and the log of being in touch, a problem raised turned into a submission. */
export async function contactRoutes(app: FastifyInstance, { db, config }: { db: Db; config: Config }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['contacts'];
  const cipher = makeCipher(config.secret);

  const detail = async (req: FastifyRequest, id: string) => {
    const { actor } = contextOf(req, db);
    const row = await findVisibleContact(db, actor, id);
    if (!row) throw notFound();
    return loadContactDetail(db, actor, row);
  };
  const logOf = async (req: FastifyRequest, id: string) => {
    const { actor } = contextOf(req, db);
    const row = await findVisibleLog(db, actor, id);
    if (!row) throw notFound();
    const [log] = await presentLogs(db, actor, [row]);
    return log as NonNullable<typeof log>;
  };

  r.get(
    '/api/contacts',
    {
      schema: {
        tags,
        summary:
          'Fixed contacts: a member’s own, the CPPCC office’s and liaisons’ in their region; those due a visit first',
        querystring: ListContactsQuery,
        response: { 200: ContactList },
      },
    },
    async (req) => {
      const { actor } = contextOf(req, db);
      if (!maySeeContacts(actor)) throw forbidden();
      const now = new Date();
      const { rows, total } = await listContacts(db, actor, req.query, now);
      return {
        items: rows.map((c) => presentContact(c, now)),
        total,
        own: mayKeepContacts(actor) ? await ownCounts(db, actor.id, now) : null,
        page: req.query.page,
        pageSize: req.query.pageSize,
      };
    },
  );

  r.post(
    '/api/contacts',
    {
      schema: {
        tags,
        summary: 'Add one of your fixed contacts (members; at a place you serve); more than three warns',
        body: CreateContactBody,
        response: { 201: ContactDetail },
      },
    },
    async (req, reply) => {
      const { id } = await createContact(contextOf(req, db), cipher, req.body);
      reply.code(201);
      return detail(req, id);
    },
  );

  r.get(
    '/api/contacts/logs',
    {
      schema: {
        tags,
        summary: 'Times in touch (联系记录), the latest first: your own, or those of your region',
        querystring: ListContactLogsQuery,
        response: { 200: ContactLogList },
      },
    },
    async (req) => {
      const { actor } = contextOf(req, db);
      if (!maySeeContacts(actor)) throw forbidden();
      const { rows, total } = await listLogs(db, actor, req.query);
      return { items: await presentLogs(db, actor, rows), total, page: req.query.page, pageSize: req.query.pageSize };
    },
  );

  r.post(
    '/api/contacts/logs',
    {
      schema: {
        tags,
        summary:
          'Log a time in touch, with a contact or anyone at a place; a problem raised is filed as a submission with it',
        body: CreateContactLogBody,
        response: { 201: ContactLog },
      },
    },
    async (req, reply) => {
      const { id } = await recordContactLog(contextOf(req, db), cipher, req.body);
      reply.code(201);
      return logOf(req, id);
    },
  );

  r.post(
    '/api/contacts/logs/:id/submissions',
    {
      schema: {
        tags,
        summary: '转为诉求: file a problem raised at one of your log entries as a submission',
        params: ContactLogParams,
        body: RaiseProblemBody,
        response: { 201: ContactLog },
      },
    },
    async (req, reply) => {
      await raiseFromLog(contextOf(req, db), cipher, req.params.id, req.body);
      reply.code(201);
      return logOf(req, req.params.id);
    },
  );

  r.get(
    '/api/contacts/:id',
    {
      schema: {
        tags,
        summary: 'A fixed contact with its log and what you may do',
        params: ContactParams,
        response: { 200: ContactDetail },
      },
    },
    async (req) => detail(req, req.params.id),
  );

  r.patch(
    '/api/contacts/:id',
    {
      schema: {
        tags,
        summary: 'Change one of your contacts (an empty address or note, a null phone clears it)',
        params: ContactParams,
        body: UpdateContactBody,
        response: { 200: ContactDetail },
      },
    },
    async (req) => {
      await updateContact(contextOf(req, db), cipher, req.params.id, req.body);
      return detail(req, req.params.id);
    },
  );

  r.post(
    '/api/contacts/:id/archive',
    {
      schema: {
        tags,
        summary: 'Stop keeping one of your contacts (its log stays)',
        params: ContactParams,
        response: { 200: ContactDetail },
      },
    },
    async (req) => {
      await archiveContact(contextOf(req, db), req.params.id);
      return detail(req, req.params.id);
    },
  );

  r.post(
    '/api/contacts/:id/phone',
    {
      schema: {
        tags,
        summary: 'The full number of one of your contacts (audited)',
        params: ContactParams,
        response: { 200: ContactPhone },
      },
    },
    async (req) => revealContactPhone(contextOf(req, db), cipher, req.params.id),
  );
}
