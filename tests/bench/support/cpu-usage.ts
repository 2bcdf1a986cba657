import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU seconds (user + system) used so far by the Azurite process listening on `port`, read from
 * /proc. On a shared 2-core machine wall time alone cannot say whether storage or the app is the
 * bottleneck; CPU time per delivery can. NaN where /proc is not available.
 */
export function azuriteCpuSeconds(port: number): number {
  const pid = azuritePid(port);
  return pid === undefined ? Number.NaN : procCpuSeconds(String(pid));
}

/** The process id of the Azurite table service on `port`, found in /proc. */
export function azuritePid(port: number): number | undefined {
  try {
    for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\u0000');
      if (cmdline.some((arg) => arg.includes('azurite')) && cmdline.includes(String(port))) return Number(pid);
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/** CPU seconds used so far by this process. */
export function ownCpuSeconds(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
}

function procCpuSeconds(pid: string): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return ticks / 100;
}
