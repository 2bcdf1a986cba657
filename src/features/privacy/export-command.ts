import { renderExportLink } from '../../cards/privacy-export-card';
import { privacyStrings } from '../../cards/strings/privacy-strings';
import { defineCommand } from '../definitions';
import { EXPORT_LINK_TTL_MS, newExportNonce, signExportToken } from './privacy-tokens';

/**
 * `mijn gegevens` / `export`: a card with a download link that works once, for 15 minutes. The
 * pending link is stored (Privacy table) so any instance can serve it and only one does.
 */
export const exportCommand = defineCommand({
  kinds: ['export'],
  scope: 'personal',
  elsewhere: (locale) => privacyStrings[locale].personalOnly,
  handle: async ({ person, ...turn }, _command, services) => {
    const { privacy } = services;
    const nonce = newExportNonce();
    const expiresMs = services.now().getTime() + EXPORT_LINK_TTL_MS;
    await privacy.store.links.create(nonce, person.key, new Date(expiresMs));
    const url = `${privacy.linkBase}/export/${signExportToken(privacy.secret, person.key, expiresMs, nonce)}`;
    services.logger.info({ event: 'export.link_issued' }, 'download link issued');
    await turn.reply(renderExportLink(turn.locale, url, EXPORT_LINK_TTL_MS / 60_000));
  },
});
