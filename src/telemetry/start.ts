/**
 * Imported first by src/main.ts: OpenTelemetry has to patch `http` before anything else loads
 * it. With APPLICATIONINSIGHTS_CONNECTION_STRING set it starts the Azure Monitor distro;
 * without, it loads nothing and the OpenTelemetry API stays a no-op.
 */
import { createHash, randomUUID } from 'node:crypto';
import { telemetrySettings } from '../config';

const settings = telemetrySettings();

/**
 * This instance's name in claims, presence and telemetry: on App Service a short hash of
 * WEBSITE_INSTANCE_ID (stable across restarts of the same instance), elsewhere random.
 */
export const instanceId = settings.WEBSITE_INSTANCE_ID ? createHash('sha256').update(settings.WEBSITE_INSTANCE_ID).digest('hex').slice(0, 8) : randomUUID().slice(0, 8);

/** Flushes and stops telemetry; resolves at once when none was started. */
export const stopTelemetry: () => Promise<void> = settings.APPLICATIONINSIGHTS_CONNECTION_STRING ? startWith(settings.APPLICATIONINSIGHTS_CONNECTION_STRING) : async () => undefined;

/** Whether telemetry is being sent (for the start-up log line). */
export const telemetryOn = settings.APPLICATIONINSIGHTS_CONNECTION_STRING !== undefined;

function startWith(connectionString: string): () => Promise<void> {
  // Loaded only when configured, and synchronously so the patching happens before main's other imports.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startAzureMonitor } = require('./azure-monitor') as typeof import('./azure-monitor');
  return startAzureMonitor({ connectionString, instanceId });
}
