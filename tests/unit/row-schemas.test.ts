import { defaultSettings } from '../../src/domain/person-settings';
import { conversationRefSchema, personSettingsSchema } from '../../src/store/row-schemas';
import { parseJsonColumn } from '../../src/store/rows';

describe('JSON columns read back through their schemas', () => {
  it('when a profile was saved by this version, then its settings read back as they were', () => {
    const settings = { ...defaultSettings('Europe/Amsterdam', 'nl'), layer: 'gemeente' as const, kindsOfWork: ['uitvoering' as const] };
    expect(parseJsonColumn(personSettingsSchema, JSON.stringify(settings))).toEqual(settings);
  });

  it('when a profile is older than a setting, then the setting is absent and its reader uses the default', () => {
    const { reminder: _r, quarterMirror: _q, ...older } = defaultSettings('Europe/Amsterdam', 'en');
    expect(parseJsonColumn(personSettingsSchema, JSON.stringify(older))).toEqual(older);
  });

  it('when a newer version stored a field this one does not know, then it survives the read', () => {
    const newer = { ...defaultSettings('Europe/Amsterdam', 'nl'), somethingNew: 'kept' };
    expect(parseJsonColumn(personSettingsSchema, JSON.stringify(newer))).toMatchObject({ somethingNew: 'kept' });
  });

  it('when a column holds the wrong shape, then reading it fails loudly instead of passing a wrong type on', () => {
    expect(() => parseJsonColumn(personSettingsSchema, JSON.stringify({ ...defaultSettings('Europe/Amsterdam', 'nl'), days: ['monday'] }))).toThrow();
    expect(() => parseJsonColumn(personSettingsSchema, JSON.stringify({ ...defaultSettings('Europe/Amsterdam', 'nl'), locale: 'fr' }))).toThrow();
    expect(() => parseJsonColumn(conversationRefSchema, JSON.stringify({ conversation: { id: 42 } }))).toThrow();
  });
});
