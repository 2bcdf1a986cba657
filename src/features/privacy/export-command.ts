import { renderExportLink } from '../../cards/privacy-export-card';
import { privacyStrings } from '../../cards/strings/privacy-strings';
import { defineCommand } from '../definitions';
import type { Services } from '../services';
import { EXPORT_LINK_TTL_MS, newExportNonce, signExportToken } from './privacy-tokens';

/**
 * `mijn gegevens` / `export`: a card with two download links, the JSON file and the readable page
 * (`?format=html`), each working once, for 15 minutes. The pending links are stored (Privacy
 * table) so any instance can serve them and only one does.
 */
export const exportCommand = defineCommand({
  kinds: ['export'],
  scope: 'personal',
  elsewhere: (locale) => privacyStrings[locale].personalOnly,
  handle: async ({ person, ...turn }, _command, services) => {
    const expiresMs = services.now().getTime() + EXPORT_LINK_TTL_MS;
    const [json, html] = await Promise.all([newLink(services, person.key, expiresMs), newLink(services, person.key, expiresMs)]);
    services.logger.info({ event: 'export.link_issued' }, 'download link issued');
    await turn.reply(renderExportLink(turn.locale, json, EXPORT_LINK_TTL_MS / 60_000, `${html}?format=html`));
  },
});

async function newLink(services: Services, personKey: string, expiresMs: number): Promise<string> {
  const { privacy } = services;
  const nonce = newExportNonce();
  await privacy.store.links.create(nonce, personKey, new Date(expiresMs));
  return `${privacy.linkBase}/export/${signExportToken(privacy.secret, personKey, expiresMs, nonce)}`;
}
