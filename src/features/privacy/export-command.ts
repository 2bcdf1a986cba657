import type { PrivacyDeps } from './privacy-deps';
import { renderExportLink } from '../../cards/privacy-export-card';
import { privacyStrings } from '../../cards/strings/privacy-strings';
import { defineCommand } from '../definitions';
import { EXPORT_LINK_TTL_MS, newExportNonce, signExportToken } from './privacy-tokens';

/**
 * `mijn gegevens` / `export`: a card with two download links, the JSON file and the readable page
 * (`?format=html`), each working once, for 15 minutes. The pending links are stored (Privacy
 * table) so any instance can serve them and only one does.
 */
export const exportCommand = defineCommand({
  kind: 'export',
  words: { nl: 'mijn gegevens', en: 'export' },
  phrases: ['exporteer', 'exporteren', 'gegevens downloaden', 'download mijn gegevens', 'my data', 'download my data', 'export my data'],
  help: { nl: 'Al je gegevens downloaden', en: 'Download all your data' },
  menu: {
    personal: { nl: 'Al je gegevens downloaden', en: 'Download all your data' },
  },
  scope: 'personal',
  elsewhere: (locale) => privacyStrings[locale].personalOnly,
  handle: async ({ person, ...turn }, _command, services: PrivacyDeps) => {
    const expiresMs = services.now().getTime() + EXPORT_LINK_TTL_MS;
    // One live pair per person: asking again replaces the links still pending.
    const [jsonNonce, htmlNonce] = [newExportNonce(), newExportNonce()];
    await services.privacy.personRows.links.replaceFor(person.key, [jsonNonce, htmlNonce], new Date(expiresMs));
    const [json, html] = [linkOf(services, person.key, expiresMs, jsonNonce), linkOf(services, person.key, expiresMs, htmlNonce)];
    services.logger.info({ event: 'export.link_issued' }, 'download link issued');
    await turn.reply(renderExportLink(turn.locale, json, EXPORT_LINK_TTL_MS / 60_000, `${html}?format=html`));
  },
});

function linkOf(services: PrivacyDeps, personKey: string, expiresMs: number, nonce: string): string {
  const { privacy } = services;
  return `${privacy.linkBase}/export/${signExportToken(privacy.secret, personKey, expiresMs, nonce)}`;
}
