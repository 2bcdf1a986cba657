import { useAzureMonitor, shutdownAzureMonitor } from '@azure/monitor-opentelemetry';
import { resourceFromAttributes } from '@opentelemetry/resources';
import type { HttpInstrumentationConfig } from '@opentelemetry/instrumentation-http';
import { RedactingSpanProcessor } from './redacting-span-processor';

/**
 * The liveness probe is not worth a request each. The readiness probe is: App Service calls it
 * once a minute per instance, and docs/operations.md reads readiness from those requests.
 */
const UNTRACED_PATHS: ReadonlySet<string> = new Set(['/healthz']);

const http: HttpInstrumentationConfig = {
  enabled: true,
  ignoreIncomingRequestHook: (request) => UNTRACED_PATHS.has((request.url ?? '').split('?')[0] ?? ''),
};

/**
 * Starts the Azure Monitor OpenTelemetry distro: traces of incoming requests, table storage
 * (Azure SDK) and Bot Connector calls, and the app's metrics. Everything that phones home
 * besides the telemetry itself (statsbeat, live metrics, the browser snippet) and every
 * instrumentation Positie has no use for is off. Returns the shutdown that flushes.
 */
export function startAzureMonitor(options: { connectionString: string; instanceId: string }): () => Promise<void> {
  // Statsbeat (the SDK's own usage reports to Microsoft) has no option, only this variable.
  // eslint-disable-next-line no-restricted-properties -- a switch of the distro, not a setting of ours
  process.env.APPLICATION_INSIGHTS_NO_STATSBEAT = 'true';
  useAzureMonitor({
    azureMonitorExporterOptions: { connectionString: options.connectionString },
    resource: resourceFromAttributes({ 'service.name': 'positie', 'service.instance.id': options.instanceId }),
    enableLiveMetrics: false,
    browserSdkLoaderOptions: { enabled: false },
    instrumentationOptions: {
      http,
      azureSdk: { enabled: true },
      mongoDb: { enabled: false },
      mySql: { enabled: false },
      postgreSql: { enabled: false },
      redis: { enabled: false },
      redis4: { enabled: false },
      bunyan: { enabled: false },
      winston: { enabled: false },
    },
    spanProcessors: [new RedactingSpanProcessor()],
  });
  return async () => {
    await shutdownAzureMonitor();
  };
}
