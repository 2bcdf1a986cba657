import type { Server } from 'restify';
import type { Clock } from './clock';
import { runTick, type Ticker } from './scheduler/tick';

/**
 * Local time travel, for demos and tests in local mode only: `POST /dev/tick?at=<ISO instant>`
 * moves the clock to that instant and runs one tick. The caller never registers it otherwise.
 */
export function addDevRoutes(server: Server, ticker: Ticker, clock: Clock): void {
  server.post('/dev/tick', async (req, res) => {
    const at = new URL(req.url ?? '', 'http://local').searchParams.get('at');
    const instant = at ? new Date(at) : undefined;
    if (!at || !instant || Number.isNaN(instant.getTime()) || !/^\d{4}-\d{2}-\d{2}T/.test(at)) {
      res.send(400, { error: 'give ?at=<ISO 8601 instant>, e.g. 2026-11-23T15:00:00Z' });
      return;
    }
    // The answer is the tick's report, and a fan-out at Teams' rate (2,000 people: 40 s) sends
    // nothing back for longer than the server's idle-connection limit, which would cut this
    // connection while the tick carries on: this one request waits as long as the tick takes.
    req.setTimeout(0);
    clock.travelTo(instant);
    res.send(200, await runTick(ticker, instant));
  });
}
