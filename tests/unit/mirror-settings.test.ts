import { loadContent } from '../../src/content/load-content';
import { defaultSettings, type PersonSettings } from '../../src/domain/person-settings';
import { nextReminderAt } from '../../src/domain/reminder-times';
import { renderSettings } from '../../src/cards/settings-card';
import { parseSettings, toValues } from '../../src/features/settings/settings-values';
import { cardProblems } from '../support/card-validation';

const library = loadContent();
const base = defaultSettings('Europe/Amsterdam', 'nl');
const withReminder = (time: string, extra: Partial<PersonSettings> = {}): PersonSettings => ({ ...base, reminder: { enabled: true, time }, ...extra });
const TUESDAY_MORNING = new Date('2026-11-24T08:00:00Z');

describe('the reminder on the due index', () => {
  it('when the reminder is off (the default), then nothing is due', () => {
    expect(base.reminder).toEqual({ enabled: false, time: '19:00' });
    expect(nextReminderAt(base, TUESDAY_MORNING)).toBeUndefined();
    const { reminder: _r, ...older } = base;
    expect(nextReminderAt(older, TUESDAY_MORNING)).toBeUndefined();
  });

  it('when it is on, then it is due at the chosen time on the next prompt day', () => {
    expect(nextReminderAt(withReminder('18:00'), TUESDAY_MORNING)?.toISOString()).toBe('2026-11-24T17:00:00.000Z');
    // Friday evening: the next prompt day is Monday.
    expect(nextReminderAt(withReminder('18:00'), new Date('2026-11-27T18:00:00Z'))?.toISOString()).toBe('2026-11-30T17:00:00.000Z');
  });

  it('when the chosen time is before the prompt, then it waits until an hour after the prompt, and past 22:00 never comes', () => {
    expect(nextReminderAt(withReminder('09:00'), TUESDAY_MORNING)?.toISOString()).toBe('2026-11-24T16:00:00.000Z');
    expect(nextReminderAt(withReminder('22:30'), TUESDAY_MORNING)).toBeUndefined();
    expect(nextReminderAt(withReminder('18:00', { time: '21:15' }), TUESDAY_MORNING)).toBeUndefined();
  });

  it('when the person paused, then no reminder falls in the pause', () => {
    const paused = withReminder('18:00', { pausedUntil: '2026-11-25' });
    expect(nextReminderAt(paused, TUESDAY_MORNING)?.toISOString()).toBe('2026-11-26T17:00:00.000Z');
  });
});

describe('the mirror switches on the settings card', () => {
  it('when the card is rendered, then it shows the reminder off at 19:00 and the quarter mirror on, and stays valid', () => {
    const values = toValues(base);
    expect(values).toMatchObject({ reminder: 'false', reminderTime: '19:00', quarterMirror: 'true' });
    const card = renderSettings(library, { locale: 'nl', values });
    // The card's older required inputs (zone, summary time) lack an error message; the new inputs add no problem.
    expect(cardProblems(card).filter((p) => !p.startsWith('Required inputs should have an error message'))).toEqual([]);
    const inputs = JSON.stringify(card).match(/"id":"(reminder|reminderTime|quarterMirror)"[^}]*"isRequired":true/g);
    expect(inputs).toBeNull();
    const text = JSON.stringify(card);
    expect(text).toContain('"id":"reminder"');
    expect(text).toContain('"id":"quarterMirror"');
    expect(text).toContain('Herinnering');
  });

  it('when the switches are saved, then they are stored; an older card without them keeps what is stored', () => {
    const saved = parseSettings({ ...toValues(base), reminder: 'true', reminderTime: '18:30:00', quarterMirror: 'false' }, base, library, 'nl');
    expect(saved).toMatchObject({ settings: { reminder: { enabled: true, time: '18:30' }, quarterMirror: false } });
    const older = parseSettings({ ...toValues(base), reminder: '', reminderTime: '', quarterMirror: '' }, withReminder('20:00'), library, 'nl');
    expect(older).toMatchObject({ settings: { reminder: { enabled: true, time: '20:00' }, quarterMirror: true } });
  });

  it('when a switch or the time is not valid, then nothing is saved and the reason is given', () => {
    expect(parseSettings({ ...toValues(base), reminder: 'ja' }, base, library, 'nl')).toEqual({ error: expect.stringContaining('Er is niets opgeslagen') });
    expect(parseSettings({ ...toValues(base), reminderTime: '25:00' }, base, library, 'en')).toEqual({ error: expect.stringContaining('Nothing was saved') });
  });
});
