import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as ACData from 'adaptivecards-templating';

/** An expanded Adaptive Card, ready to attach. */
export type AdaptiveCard = Record<string, unknown>;

/** Folder of the templates: `cards/` at the project root, from both src/ and dist/. */
const CARDS_DIR = path.resolve(__dirname, '../../cards');

const cache = new Map<string, ACData.Template>();

/** Expands `cards/<name>.json` with `data`; each template is read from disk once. */
export function expandTemplate(name: string, data: object): AdaptiveCard {
  let template = cache.get(name);
  if (!template) {
    const json: unknown = JSON.parse(readFileSync(path.join(CARDS_DIR, `${name}.json`), 'utf8'));
    template = new ACData.Template(json);
    cache.set(name, template);
  }
  return template.expand({ $root: data }) as AdaptiveCard;
}
