import type { TurnContext } from 'botbuilder';

/** The policy name @azure/core-rest-pipeline gives its built-in retry (429, 5xx, network errors). */
const SDK_RETRY_POLICY = 'defaultRetryPolicy';

interface PipelineOwner {
  client?: { pipeline?: { removePolicy(options: { name: string }): unknown } };
}

/**
 * The Bot Connector client retries 429s and 5xx up to three times inside its HTTP pipeline.
 * Those retries happen outside our rate limiter (so they push a busy tenant over Teams' limit)
 * and out of sight of our retry policy (so a 429 never reaches it). The sender does its own
 * retrying, so the client's retry is taken out of the pipeline of the client used for this turn.
 */
export function withoutSdkRetries(ctx: TurnContext): void {
  const client = ctx.turnState.get<PipelineOwner | undefined>(ctx.adapter.ConnectorClientKey);
  client?.client?.pipeline?.removePolicy({ name: SDK_RETRY_POLICY });
}
