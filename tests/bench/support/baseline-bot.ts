/**
 * The baseline of the answers bench: the least a Teams bot on the same stack can do per card
 * answer (restify, botbuilder's CloudAdapter without authentication, one TableClient write,
 * an invoke response with a small card). Run as its own process:
 *   BASELINE_PORT=… TABLES_CONNECTION_STRING=… tsx tests/bench/support/baseline-bot.ts
 */
import { TableClient } from '@azure/data-tables';
import { ActivityTypes, CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import restify from 'restify';

const port = Number(process.env.BASELINE_PORT);
const connectionString = process.env.TABLES_CONNECTION_STRING ?? '';
if (!Number.isInteger(port) || port < 1 || connectionString === '') throw new Error('set BASELINE_PORT and TABLES_CONNECTION_STRING');

const table = TableClient.fromConnectionString(connectionString, 'baselineAnswers', { allowInsecureConnection: true });
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));

async function onTurn(context: TurnContext): Promise<void> {
  const activity = context.activity;
  const value = activity.value as { action?: { data?: Record<string, unknown> } } | undefined;
  const data = value?.action?.data ?? {};
  const deliveryId = typeof data.deliveryId === 'string' ? data.deliveryId : 'none';
  await table.upsertEntity(
    {
      partitionKey: `${activity.conversation.tenantId ?? ''}_${activity.from.aadObjectId ?? ''}`,
      rowKey: deliveryId,
      position: String(data.position ?? ''),
      role: String(data.role ?? ''),
      note: String(data.note ?? ''),
      answeredAt: new Date().toISOString(),
    },
    'Replace',
  );
  const card = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Saved.', wrap: true }] };
  await context.sendActivity({
    type: ActivityTypes.InvokeResponse,
    value: { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card } },
  });
}

async function main(): Promise<void> {
  await table.createTable();
  const server = restify.createServer({ name: 'baseline' });
  server.use(restify.plugins.bodyParser({ mapParams: false }));
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, onTurn);
  });
  server.get('/readyz', async (_req, res) => {
    res.send(200, { status: 'ready' });
  });
  server.listen(port, '127.0.0.1', () => process.stdout.write(`baseline listening on ${port}\n`));
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
}

main().catch((error: unknown) => {
  process.stderr.write(`baseline failed: ${String(error)}\n`);
  process.exit(1);
});
