import { reminderStrings } from '../../src/cards/strings/reminder-strings';
import { reminderPlan, type ReminderDay } from '../../src/domain/reminder';
import { DEFAULT_REMINDER } from '../../src/domain/reminder-setting';

const ZONE = 'Europe/Amsterdam';
const ON = { enabled: true, time: '19:00' };
const delivered = (deliveredAt: string): ReminderDay => ({ prompt: { state: 'delivered', deliveredAt }, reminded: false });

describe('reminder', () => {
  it('when nothing is set, then the reminder is off', () => {
    expect(DEFAULT_REMINDER.enabled).toBe(false);
    expect(reminderPlan(DEFAULT_REMINDER, delivered('2026-12-01T15:00:00Z'), ZONE)).toEqual({ due: false, reason: 'off' });
  });

  it('when today\'s prompt came at 16:00 and is unanswered, then one reminder is due at the chosen 19:00 local time', () => {
    const plan = reminderPlan(ON, delivered('2026-12-01T15:00:00Z'), ZONE);
    expect(plan).toEqual({ due: true, at: new Date('2026-12-01T18:00:00Z') });
  });

  it('when summer time holds, then 19:00 is read on the person\'s clock', () => {
    expect(reminderPlan(ON, delivered('2026-07-01T14:00:00Z'), ZONE)).toEqual({ due: true, at: new Date('2026-07-01T17:00:00Z') });
  });

  it('when the prompt came less than an hour before the chosen time, or after it (a snooze), then the reminder waits an hour after the prompt', () => {
    expect(reminderPlan(ON, delivered('2026-12-01T17:30:00Z'), ZONE)).toEqual({ due: true, at: new Date('2026-12-01T18:30:00Z') }); // 18:30 → 19:30 local
    expect(reminderPlan(ON, delivered('2026-12-01T19:10:00Z'), ZONE)).toEqual({ due: true, at: new Date('2026-12-01T20:10:00Z') });
  });

  it('when the reminder would fall at 22:00 or later, then none is sent that day', () => {
    expect(reminderPlan(ON, delivered('2026-12-01T20:00:00Z'), ZONE)).toEqual({ due: false, reason: 'too-late' });
    expect(reminderPlan({ enabled: true, time: '22:30' }, delivered('2026-12-01T15:00:00Z'), ZONE)).toEqual({ due: false, reason: 'too-late' });
  });

  it('when the day was skipped, paused, answered, had no prompt, or was already reminded, then no reminder is due', () => {
    expect(reminderPlan(ON, { prompt: { state: 'skipped' }, reminded: false }, ZONE)).toEqual({ due: false, reason: 'skipped' });
    expect(reminderPlan(ON, { prompt: { state: 'paused' }, reminded: false }, ZONE)).toEqual({ due: false, reason: 'paused' });
    expect(reminderPlan(ON, { prompt: { state: 'answered' }, reminded: false }, ZONE)).toEqual({ due: false, reason: 'answered' });
    expect(reminderPlan(ON, { prompt: { state: 'none' }, reminded: false }, ZONE)).toEqual({ due: false, reason: 'no-prompt' });
    expect(reminderPlan(ON, { ...delivered('2026-12-01T15:00:00Z'), reminded: true }, ZONE)).toEqual({ due: false, reason: 'already-reminded' });
  });

  it('when the time, the zone or the delivery instant is malformed, then no reminder is planned', () => {
    expect(reminderPlan({ enabled: true, time: '7pm' }, delivered('2026-12-01T15:00:00Z'), ZONE)).toEqual({ due: false, reason: 'invalid' });
    expect(reminderPlan(ON, delivered('2026-12-01T15:00:00Z'), 'Mars/Base')).toEqual({ due: false, reason: 'invalid' });
    expect(reminderPlan(ON, delivered('gisteren'), ZONE)).toEqual({ due: false, reason: 'invalid' });
  });

  it('when the texts are compared, then both languages have the message and the setting', () => {
    expect(Object.keys(reminderStrings.en)).toEqual(Object.keys(reminderStrings.nl));
    expect(reminderStrings.nl.settingOn('19:00')).toBe('Herinner me om 19:00 als mijn vraag nog openstaat');
  });
});
