import { renderExportLink } from '../../cards/privacy-export-card';
import { sendCard } from '../../teams/card-reply';
import type { CommandHandler } from '../turn';
import { personalPrivacyTurn } from './privacy-turn';
import { EXPORT_LINK_TTL_MS, newExportNonce, signExportToken } from './privacy-tokens';

/**
 * `mijn gegevens` / `export`: a card with a download link that works once, for 15 minutes. The
 * pending link is stored (Privacy table) so any instance can serve it and only one does.
 */
export const exportCommand: CommandHandler = async (turn, _command, services) => {
  const ready = await personalPrivacyTurn(turn, services);
  if (!ready) return;
  const { person, context } = ready;
  const nonce = newExportNonce();
  const expiresMs = services.now().getTime() + EXPORT_LINK_TTL_MS;
  await context.links.create(nonce, person.key, new Date(expiresMs));
  const url = `${context.linkBase}/export/${signExportToken(context.secret, person.key, expiresMs, nonce)}`;
  services.logger.info({ event: 'export.link_issued' }, 'download link issued');
  await sendCard(turn.context, renderExportLink(turn.locale, url, EXPORT_LINK_TTL_MS / 60_000));
};
