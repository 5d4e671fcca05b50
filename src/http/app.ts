import express, { type RequestHandler } from 'express';
import swaggerUi from 'swagger-ui-express';
import type { Application } from '../app/container';
import { adminOnly } from './admin-only';
import { ADMIN_QUEUES_PATH, adminQueuesRouter } from './admin-queues';
import { auditQueries } from './audit/audit-queries';
import { authenticate, tokenVerifier } from './authenticate';
import { calendarEndpoints } from './calendar/calendar-endpoints';
import { catalogueQueries } from './catalogue/catalogue-queries';
import { demoEndpoints, demoSignInEnabled } from './demo/demo-endpoints';
import { publicEndpointRouter } from './demo/demo-router';
import type { Endpoint } from './endpoint';
import { endpointRouter } from './endpoint-router';
import { enterpriseCommands } from './enterprises/enterprise-commands';
import { enterpriseQueries } from './enterprises/enterprise-queries';
import { healthRouter } from './health-router';
import { IdempotentReplies } from './idempotency';
import { loanCommands } from './loans/loan-commands';
import { loanQueries } from './loans/loan-queries';
import { openApiDocument } from './openapi';
import { erasureEndpoint } from './people/erasure-endpoint';
import { programmeCommands } from './programmes/programme-commands';
import { programmeQueries } from './programmes/programme-queries';
import { HttpProblem, notFound, problemHandler } from './problem';
import { reachReportEndpoint } from './reports/reach-report';
import { reminderQueries } from './reminders/reminder-queries';
import { serviceQualityReportEndpoint } from './reports/service-quality-report';
import { requestLog } from './request-log';
import { paymentScheduleQueryEndpoint } from './schedules/payment-schedule-query';
import { subsidyCommands } from './subsidies/subsidy-commands';
import { subsidyQueries } from './subsidies/subsidy-queries';
import { talentCommands } from './talent-grants/talent-commands';
import { talentGrantQueries } from './talent-grants/talent-grant-queries';
import { taskCommitmentCommands } from './tasks/task-commitment-commands';
import { taskFeedbackCommands } from './tasks/task-feedback-commands';
import { taskQueries } from './tasks/task-queries';
import { taskWorkCommands } from './tasks/task-work-commands';
import { BUILT_CONSOLE, webConsole } from './web-console';

/** Every endpoint of the public API, in one list: the router, the OpenAPI document and the access tests all read it. */
export function apiEndpoints(app: Application): Endpoint[] {
  return [
    ...enterpriseCommands(app),
    ...enterpriseQueries(app),
    ...programmeCommands(app),
    ...subsidyCommands(app),
    ...programmeQueries(app),
    ...subsidyQueries(app),
    ...auditQueries(app),
    ...taskWorkCommands(app),
    ...taskCommitmentCommands(app),
    ...taskFeedbackCommands(app),
    ...taskQueries(app),
    serviceQualityReportEndpoint(app),
    ...catalogueQueries(),
    ...calendarEndpoints(app),
    ...talentCommands(app),
    ...loanCommands(app),
    ...talentGrantQueries(app),
    ...loanQueries(app),
    paymentScheduleQueryEndpoint(app),
    reachReportEndpoint(app),
    erasureEndpoint(app),
    ...reminderQueries(app),
  ];
}

const requireJsonBody: RequestHandler = (req, _res, next) => {
  const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
  if (hasBody && !req.is('application/json')) {
    throw new HttpProblem(415, 'unsupported-media-type', 'Unsupported media type', 'Send the request body as application/json');
  }
  next();
};

/** The API, its documentation and operations, and the web console's files from `consoleDir`. */
export function createHttpApp(app: Application, consoleDir: string = BUILT_CONSOLE): express.Express {
  const endpoints = apiEndpoints(app);
  const demo = demoEndpoints(app);
  const document = openApiDocument(endpoints, demo);
  const http = express();
  http.disable('x-powered-by');
  http.set('etag', false);
  http.use(requestLog(app.logger, app.metrics));
  http.use(healthRouter(app));
  http.get('/metrics', async (_req, res) => {
    res.type(app.metrics.registry.contentType).send(await app.metrics.registry.metrics());
  });
  http.get('/openapi.json', (_req, res) => {
    res.json(document);
  });
  http.use('/docs', swaggerUi.serve, swaggerUi.setup(document, { customSiteTitle: 'Concierge API' }));
  http.use(publicEndpointRouter(demo, demoSignInEnabled(app)));
  const verify = tokenVerifier(app.signingKey);
  http.use(ADMIN_QUEUES_PATH, adminOnly(verify, ADMIN_QUEUES_PATH));
  http.use(adminQueuesRouter(app.reminders.scheduler));
  http.use('/api', requireJsonBody, express.json({ limit: '1mb' }), authenticate(verify));
  http.use(endpointRouter(endpoints, new IdempotentReplies(app.events, app.clock)));
  http.use(webConsole(consoleDir));
  http.use((req) => {
    throw notFound(`No endpoint ${req.method} ${req.path}`);
  });
  http.use(problemHandler(app.logger));
  return http;
}
