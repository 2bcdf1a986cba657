import { loadContent } from '../../src/content/load-content';
import { CALENDAR_MOMENTS, KINDS_OF_WORK, LAYERS, THEMES } from '../../src/content/types';
import { fitsProfile } from '../../src/domain/content-fit';

const library = loadContent();
const { prompts, dilemmas } = library;

describe('content that is fair to every kind of work and to both poles', () => {
  it.each(KINDS_OF_WORK)('then at least 35 prompts are written for %s alone', (kind) => {
    expect(prompts.filter((prompt) => prompt.work.length === 1 && prompt.work[0] === kind).length).toBeGreaterThanOrEqual(35);
  });

  it.each(THEMES)('then the theme %s has at least six prompts', (theme) => {
    expect(prompts.filter((prompt) => prompt.theme === theme).length).toBeGreaterThanOrEqual(6);
  });

  it('then at least 40 % of the maakbaar ↔ open prompts speak up for rules, legal certainty or equal treatment, and each of those names it', () => {
    const maakbaar = prompts.filter((prompt) => prompt.paradoxId === 'maakbaar-open');
    const forRules = maakbaar.filter((prompt) => prompt.favours === 'left');
    expect(forRules.length / maakbaar.length).toBeGreaterThanOrEqual(0.4);
    // Only a few still lean the other way; the loaded ones became open choices.
    expect(maakbaar.filter((prompt) => prompt.favours === 'right').length / maakbaar.length).toBeLessThanOrEqual(0.1);
    const ruleWords = /regel|afspra|kader|norm|procedure|standaard|gelijk|houvast|zeker|voorspelba|vooraf|vast|willekeur|bepaling|overgangsrecht|iedereen|politiek|waar ze aan toe|hetzelfde|dezelfde/i;
    for (const prompt of forRules) expect({ id: prompt.id, names: ruleWords.test(prompt.text.nl) }).toEqual({ id: prompt.id, names: true });
  });

  it('then a prompt that assumes its reader takes the decision is for people who lead, or for the work of deciding cases (uitvoering, toezicht)', () => {
    const decides = /\b(besloot je|besliste je|beslis je|hakte je|knoop (door)?hakken|besluit van jou|welk besluit liet je|nam je (vandaag |deze week )?een besluit)\b/i;
    const misfits = prompts
      .filter((prompt) => decides.test(prompt.text.nl))
      .filter((prompt) => !prompt.needsTeam && !prompt.work.every((kind) => kind === 'uitvoering' || kind === 'toezicht'))
      .map((prompt) => prompt.id);
    expect(misfits).toEqual([]);
  });

  it('then the wordings the review stopped at are gone: notes on colleagues, writing less down, coach-speak, the wrong verbs', () => {
    const all = prompts.flatMap((prompt) => [prompt.text.nl, ...Object.values(prompt.layerText ?? {}).map((variant) => variant.nl)]).join('\n');
    for (const wording of [/collega die het zwaar had/, /cynische opmerking/, /iemand in je team worstelen/, /anders naar wat je opschrijft/, /De ondernemer in jou/, /om af te rekenen/, /vertrouwen genoeg/, /derde dinsdag/]) {
      expect(all).not.toMatch(wording);
    }
  });

  it('then the political adviser\u2019s questions reach the work where politics is near, not an inkoper', () => {
    const adviser = prompts.filter((prompt) => prompt.roleId === 'politiek-adviseur');
    expect(adviser.length).toBeGreaterThanOrEqual(7);
    expect(adviser.filter((prompt) => fitsProfile(prompt, { layer: 'rijk', kindsOfWork: ['bedrijfsvoering'], leadsPeople: false })).length).toBeLessThanOrEqual(1);
  });

  it('then every moment of the political year has at least four texts, and a demissionair cabinet eight', () => {
    for (const moment of CALENDAR_MOMENTS) expect({ moment, enough: prompts.filter((prompt) => prompt.calendar === moment).length >= 4 }).toEqual({ moment, enough: true });
    expect(prompts.filter((prompt) => prompt.demissionair === true).length).toBeGreaterThanOrEqual(8);
  });
});

describe('dilemmas', () => {
  it('then people without staff find dilemmas in every kind of work, and at least 17 in all', () => {
    const withoutStaff = dilemmas.filter((dilemma) => !dilemma.needsTeam);
    expect(withoutStaff.length).toBeGreaterThanOrEqual(17);
    for (const kind of KINDS_OF_WORK) {
      expect({ kind, found: withoutStaff.some((dilemma) => LAYERS.some((layer) => fitsProfile(dilemma, { layer, kindsOfWork: [kind], leadsPeople: false }))) }).toEqual({ kind, found: true });
    }
  });

  it('when a merger is still confidential, then no option leaks it, and one asks when the works council and staff are told', () => {
    const merger = dilemmas.find((dilemma) => dilemma.id === 'wat-je-al-weet');
    expect(merger?.situation.nl).toMatch(/ondernemingsraad/);
    const labels = merger?.options.map((option) => option.label.nl).join('\n') ?? '';
    expect(labels).not.toMatch(/hint|laat .* doorschemeren/i);
    expect(labels).toMatch(/OR en medewerkers/);
  });
});
