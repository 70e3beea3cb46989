import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { publicBoardRoutes } from './modules/accountability';
import { accountRoutes } from './modules/accounts';
import { apiKeyRoutes } from './modules/api-keys';
import { auditRoutes } from './modules/audit';
import { authRoutes } from './modules/auth';
import { consultationRoutes, publicAttendanceRoutes } from './modules/consultations';
import { contactRoutes } from './modules/contacts';
import { dashboardReportRoutes, dashboardRoutes } from './modules/dashboard';
import { dutyRoutes } from './modules/duty';
import { evaluationRoutes } from './modules/evaluations';
import { memberGroupRoutes } from './modules/member-groups';
import { memberRoutes } from './modules/members';
import { notificationMailJobs, notificationRoutes } from './modules/notifications';
import { onlineRoutes, publicOnlineRoutes } from './modules/online';
import { openDataRoutes } from './modules/open-data';
import { open311Routes } from './modules/open311';
import { outcomeRoutes, publicOutcomesOf } from './modules/outcomes';
import { placeRoutes } from './modules/places';
import { planRoutes } from './modules/plans';
import { procedureRoutes } from './modules/procedures';
import { proposalRoutes } from './modules/proposals';
import { receptionJobs, receptionRoutes } from './modules/receptions';
import { revisitJobs, revisitRoutes } from './modules/revisits';
import {
  intakeConfigRoutes,
  publicSubmissionRoutes,
  qrRoutes,
  staleTermsCount,
  submissionJobs,
  submissionRoutes,
} from './modules/submissions';
import { taskJobs, taskRoutes } from './modules/tasks';
import { topicRoutes } from './modules/topics';
import { trainingRoutes } from './modules/trainings';
import { vocabularyRoutes } from './modules/vocabulary';
import { whistleRoutes } from './modules/whistles';
import { workbenchRoutes } from './modules/workbench';
import { writingRoutes } from './modules/writings';
import { authPlugin } from './platform/auth/plugin';
import { makeChallenges } from './platform/challenges';
import type { Config } from './platform/config';
import type { Database } from './platform/db';
import { compression } from './platform/http/compression';
import { registerErrorHandler } from './platform/http/error-handler';
import { frameworkErrors } from './platform/http/framework-errors';
import { healthRoutes } from './platform/http/health';
import { registerInputGuard } from './platform/http/input-guard';
import { registerReaderPlaceNames } from './platform/http/reader-names';
import { securityHeaders } from './platform/http/security-headers';
import { webRoutes } from './platform/http/web';
import { runJobsWhileListening } from './platform/jobs';
import { makeMailer } from './platform/mail';
import { platformJobs } from './platform/sweeps';

export type AppOptions = {
  /** false only for load benchmarks from one address: lifts the public intake's per-source limits */
  limitPublicIntake?: boolean;
  config: Config;
  database: Database;
  logger?: FastifyServerOptions['logger'];
  serveWeb?: boolean;
};

/** Builds the Fastify app: platform plugins, then modules — nothing else. */
export async function buildApp({
  config,
  database,
  logger = false,
  serveWeb = true,
  limitPublicIntake = true,
}: AppOptions) {
  const app = Fastify({ logger, trustProxy: config.trustProxy, bodyLimit: 1024 * 1024, frameworkErrors });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  registerInputGuard(app);
  // a reader of 繁體 reads place names in Taiwan forms in every module's answers
  registerReaderPlaceNames(app);
  // before every route: the headers and compression apply to the routes registered after them
  await app.register(securityHeaders, { publicUrl: config.publicUrl });
  await app.register(compression);

  await app.register(fastifyCookie);
  await app.register(fastifyMultipart, { limits: { fileSize: 5 * 1024 * 1024, files: 1 } });
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Shangliang 商量 API', version: '0.1.0', description: 'Grassroots consultation platform' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'sl_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  await app.register(authPlugin, { db: database.db });

  const deps = { db: database.db, config };
  // image challenges and rate limits live in the database: N instances behind a proxy count as one
  const challenges = makeChallenges(database.db, config.secret);
  await app.register(healthRoutes, { database });
  await app.register(authRoutes, { ...deps, challenges });
  await app.register(placeRoutes, deps);
  await app.register(accountRoutes, deps);
  await app.register(auditRoutes, deps);
  await app.register(submissionRoutes, deps);
  // the resident's tracking page shows the outcomes of the topic their submission fed (outcomes sit
  // above submissions, so the app hands the reader in)
  await app.register(publicSubmissionRoutes, {
    ...deps,
    challenges,
    publicOutcomesOf,
    limitIntake: limitPublicIntake,
  });
  await app.register(intakeConfigRoutes, deps);
  await app.register(qrRoutes, deps);
  // 议题 → 协商 → 共识 → 成果
  await app.register(topicRoutes, deps);
  await app.register(planRoutes, deps);
  await app.register(procedureRoutes, deps);
  await app.register(consultationRoutes, deps);
  await app.register(publicAttendanceRoutes, deps);
  await app.register(onlineRoutes, deps);
  await app.register(publicOnlineRoutes, { ...deps, challenges });
  await app.register(outcomeRoutes, deps);
  // 落实 → 督办: the outcomes' tasks
  await app.register(taskRoutes, deps);
  await app.register(revisitRoutes, deps); // 回头看: carried-out outcomes revisited
  await app.register(evaluationRoutes, { ...deps, challenges });
  await app.register(notificationRoutes, deps);
  await app.register(publicBoardRoutes, deps); // 公开栏: the public board of a place
  await app.register(apiKeyRoutes, deps); // 接口密钥: the keys partner systems present to Open311
  await app.register(open311Routes, deps); // Open311 GeoReport v2: partner systems read services and requests
  await app.register(openDataRoutes, deps); // 开放数据: a place's public figures as JSON and CSV
  await app.register(proposalRoutes, deps);
  await app.register(memberGroupRoutes, deps); // 委员小组, 联系点覆盖
  await app.register(writingRoutes, deps); // 社情民意与提案: members' own writings
  // 委员履职: 吹哨报到, 专题培训
  await app.register(whistleRoutes, deps);
  await app.register(trainingRoutes, deps);
  await app.register(memberRoutes, deps); // 委员名册
  // 委员履职: members' contacts (联系群众) and reception days (委员接待日)
  await app.register(contactRoutes, deps);
  await app.register(receptionRoutes, deps);
  await app.register(dashboardRoutes, deps); // 数据看板: figures that trace back to their lists
  await app.register(dashboardReportRoutes, deps); // 月报/季报/年报 in Word, from the dashboard's figures
  await app.register(dutyRoutes, deps); // 履职量化考核: members' ledgers, rules, rankings, their home
  // the synonym table sits above submissions, whose stored words follow it
  await app.register(vocabularyRoutes, { ...deps, pending: (ctx) => staleTermsCount(ctx.db) });
  await app.register(workbenchRoutes, deps); // 工作台: every role's to-do list, counted by the lists themselves
  if (serveWeb) await app.register(webRoutes, { timeZone: config.timeZone });
  // notices by email only where SMTP_URL is set
  const mailer = config.mail ? makeMailer(config.mail) : undefined;
  if (mailer) app.addHook('onClose', async () => mailer.close());
  runJobsWhileListening(app, database.db, [
    ...platformJobs,
    ...submissionJobs(config.dataDir),
    ...taskJobs(config.dataDir),
    ...revisitJobs(config.dataDir),
    ...receptionJobs(),
    ...(mailer ? notificationMailJobs({ mailer, publicUrl: config.publicUrl, log: app.log }) : []),
  ]);
  return app;
}
