import { loadContent } from '../../src/content/load-content';
import { KINDS_OF_WORK, LAYERS, LOCALES, type Layer, type Locale } from '../../src/content/types';
import { DEFAULT_PROFILE, fitsProfile, fitting, promptTextFor } from '../../src/domain/content-fit';

const library = loadContent();
const { prompts, dilemmas, tactics } = library;

/** Words that belong to one layer of government; a prompt shown to another layer must not use them. */
const LAYER_WORDS: Record<Locale, Record<'rijk' | 'provincie' | 'gemeente' | 'waterschap', RegExp>> = {
  nl: {
    rijk: /\b(minister\w*|bewindspersoon|Kamer\w*|kabinet\w*|ministerraad|interdepartementa\w*|DG|Haagse|Raad van State)\b/,
    provincie: /\b(gedeputeerde|Staten\w*)\b/i,
    gemeente: /\b(wethouder\w*|raadsvragen|raadsinformatiebrief|raadsvergadering|gemeenteraad|college\w*)\b/i,
    waterschap: /\b(dijkgraaf|heemraad|algemeen bestuur|dagelijks bestuur)\b/i,
  },
  en: {
    rijk: /\b(minister\w*|Parliament\w*|parliamentary|cabinet|interdepartmental|director-general|Council of State|Hague)\b/i,
    provincie: /\b(provincial)\b/i,
    gemeente: /\b(deputy mayor|municipal|council questions|the council(?! of State))\b/i,
    waterschap: /\b(water board)\b/i,
  },
};

/** Which layers' words a layer may read: an uitvoeringsorganisatie works for a minister, so Rijk words fit there. */
const MAY_READ: Record<Layer, readonly string[]> = {
  rijk: ['rijk'],
  uitvoeringsorganisatie: ['rijk'],
  provincie: ['provincie'],
  gemeente: ['gemeente'],
  waterschap: ['waterschap'],
};

const openingOf = (text: string): string => text.split(/\s+/).slice(0, 2).join(' ').toLowerCase().replace(/[^\p{L} ]/gu, '');

describe('content that fits a civil servant\u2019s day', () => {
  it('then there are at least 140 prompts, each with both languages, a known paradox, kinds of work and layers', () => {
    expect(prompts.length).toBeGreaterThanOrEqual(140);
    const paradoxIds = new Set(library.paradoxes.map((paradox) => paradox.id));
    for (const prompt of prompts) {
      for (const locale of LOCALES) expect(prompt.text[locale].trim()).not.toBe('');
      expect(paradoxIds.has(prompt.paradoxId)).toBe(true);
      expect(prompt.work.length).toBeGreaterThan(0);
      expect(prompt.layers.length).toBeGreaterThan(0);
    }
  });

  it.each(KINDS_OF_WORK)('then at least 25 prompts fit %s', (kind) => {
    expect(prompts.filter((prompt) => prompt.work.includes(kind)).length).toBeGreaterThanOrEqual(25);
  });

  it('then at least 60 % of the prompts can be answered by someone who leads nobody', () => {
    expect(prompts.filter((prompt) => !prompt.needsTeam).length / prompts.length).toBeGreaterThanOrEqual(0.6);
  });

  it.each(LOCALES)('then no opening (the first two words) starts more than 10 %% of the prompts in %s', (locale) => {
    const counts = new Map<string, number>();
    for (const prompt of prompts) counts.set(openingOf(prompt.text[locale]), (counts.get(openingOf(prompt.text[locale])) ?? 0) + 1);
    const [opening, most] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    expect({ opening, share: most / prompts.length < 0.1 }).toEqual({ opening, share: true });
  });

  it('then every layer a prompt fits reads it in its own vocabulary, never in another layer\u2019s', () => {
    const misfits: string[] = [];
    for (const prompt of prompts) {
      for (const layer of prompt.layers) {
        for (const locale of LOCALES) {
          const text = promptTextFor(prompt, layer, locale);
          for (const [owner, words] of Object.entries(LAYER_WORDS[locale])) {
            if (!MAY_READ[layer].includes(owner) && words.test(text)) misfits.push(`${prompt.id} (${layer}, ${locale}): ${owner} words`);
          }
        }
      }
    }
    expect(misfits).toEqual([]);
  });

  it('then a layer variant differs from the Rijk text and keeps its form: the same day or week, the same scene', () => {
    const formOf = (text: string): string[] => [/\bvandaag\b|\btoday\b/i.test(text) ? 'today' : '', /\bdeze week\b|\bthis week\b/i.test(text) ? 'week' : '', /^(Stel|Suppose)\b/.test(text) ? 'scene' : ''];
    for (const prompt of prompts) {
      for (const variant of Object.values(prompt.layerText ?? {})) {
        expect(variant.nl).not.toBe(prompt.text.nl);
        expect({ id: prompt.id, nl: formOf(variant.nl), en: formOf(variant.en) }).toEqual({ id: prompt.id, nl: formOf(prompt.text.nl), en: formOf(prompt.text.en) });
      }
    }
  });

  it('then situations a ministry recognises are in the library', () => {
    const all = prompts.map((prompt) => prompt.text.nl).join('\n') + dilemmas.map((dilemma) => dilemma.situation.nl).join('\n');
    for (const term of [/beslisnota/, /Kamerbrief/, /Kamervragen/, /uitvoeringstoets/, /internetconsultatie/, /Woo-verzoek/, /signaal uit de uitvoering|in de uitvoering .* signaal/, /tegenspraak/, /mens achter het dossier/]) {
      expect(all).toMatch(term);
    }
  });

  it('then the seed concepts that were lost are back, in our own words', () => {
    const all = prompts.map((prompt) => prompt.text.nl).join('\n');
    for (const term of [/Haagse reflex/, /Presteerhaast/, /je bent ze tegelijk/, /wetgeving, beleid, uitvoering of toezicht/, /morgen openbaar/, /benoemen wat eronder zat/, /gezag/, /binnen een paar uur een reactie/]) {
      expect(all).toMatch(term);
    }
    const verbinder = library.lenses.flatMap((lens) => lens.roles).find((role) => role.id === 'verbinder');
    expect(verbinder?.description.nl).toMatch(/publieke waarde/);
    expect(prompts.some((prompt) => prompt.roleId === 'ondernemer' && /tijd of geld/.test(prompt.text.nl))).toBe(true);
  });

  it('then conditional prompts are flagged, so the card can offer "speelde vandaag niet"', () => {
    const conditional = prompts.filter((prompt) => prompt.conditional);
    expect(conditional.length).toBeGreaterThan(40);
    // A prompt that asks whether something happened at all is conditional.
    for (const prompt of prompts.filter((each) => /^(Was er vandaag een|Kwam er vandaag een|Was je het vandaag)/.test(each.text.nl))) {
      expect({ id: prompt.id, conditional: prompt.conditional }).toEqual({ id: prompt.id, conditional: true });
    }
  });

  it('then no prompt asks to write down blame, a shortcut, or dissent voiced to outsiders', () => {
    for (const prompt of prompts) {
      expect(prompt.text.nl).not.toMatch(/wie had .* moeten|sloeg je over|kortte je in|wat jij ervan vindt|nog niet wist.*minister|schuld/i);
    }
  });

  it.each(LAYERS)('then people without staff at %s find a dilemma, and the tactics fit every kind of work', (layer) => {
    expect(dilemmas.some((dilemma) => fitsProfile(dilemma, { layer, kindsOfWork: [...KINDS_OF_WORK], leadsPeople: false }))).toBe(true);
    for (const kind of KINDS_OF_WORK) {
      expect(tactics.filter((tactic) => fitsProfile(tactic, { layer, kindsOfWork: [kind], leadsPeople: false })).length).toBeGreaterThanOrEqual(5);
    }
  });

  it('then at least five Rijk dilemmas are for people without staff, and the default profile finds them', () => {
    const rijk = dilemmas.filter((dilemma) => dilemma.layers.includes('rijk') && !dilemma.needsTeam);
    expect(rijk.length).toBeGreaterThanOrEqual(5);
    expect(dilemmas.filter((dilemma) => fitsProfile(dilemma, DEFAULT_PROFILE)).length).toBeGreaterThanOrEqual(5);
  });

  it('when a policy officer without staff asks for tactics, then the management moves are left out and speaking up is in', () => {
    const ids = fitting(tactics, DEFAULT_PROFILE).map((tactic) => tactic.id);
    expect(ids).toEqual(expect.arrayContaining(['tegenspraak', 'signaleren', 'afstemmen', 'afwachten']));
    expect(ids).not.toContain('hoofdlijnen');
    expect(fitting(tactics, { ...DEFAULT_PROFILE, leadsPeople: true }).map((tactic) => tactic.id)).toContain('hoofdlijnen');
  });

  it('when a municipality reads a prompt with a layer variant, then it speaks of the wethouder or the raad', () => {
    const prompt = prompts.find((each) => each.id === 'p-kt-kamervragen');
    expect(prompt && promptTextFor(prompt, 'gemeente', 'nl')).toMatch(/raadsvragen/);
    expect(prompt && promptTextFor(prompt, 'rijk', 'nl')).toMatch(/Kamervragen/);
    expect(prompt && promptTextFor(prompt, 'uitvoeringsorganisatie', 'en')).toMatch(/Parliament/);
  });

  it('then a leader finds dilemmas about leading people at every layer', () => {
    for (const layer of LAYERS) {
      expect(dilemmas.some((dilemma) => dilemma.needsTeam && dilemma.layers.includes(layer))).toBe(true);
    }
  });

  it('then every moment of the political year has a prompt, and so has a demissionair cabinet', () => {
    const moments = new Set(prompts.map((prompt) => prompt.calendar).filter((moment) => moment !== undefined));
    expect([...moments].sort()).toEqual(['begrotingsbehandeling', 'kerstreces', 'prinsjesdag', 'verantwoordingsdag', 'voorjaarsnota', 'zomerreces']);
    expect(prompts.some((prompt) => prompt.demissionair === true)).toBe(true);
  });

  it('then role names and "1 = links" stay out of the texts, and the wording is gender-neutral', () => {
    const texts = JSON.stringify([prompts, dilemmas, tactics, library.nudges, library.paradoxes, library.weeklyQuestions]);
    expect(texts).not.toMatch(/hij of zij|haar of zijn|zijn of haar|he or she|his or her|1 = links|mee draagt|think along|What do you agree\?|main lines/);
    expect(texts).not.toMatch(/\b(de|het|als|the) (Bureaucraat|Ondernemer|Verbinder|Bureaucrat|Entrepreneur|Connector)\b/);
  });
});
