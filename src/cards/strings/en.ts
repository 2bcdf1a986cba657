import type { Strings } from './nl';

export const en: Strings = {
  appName: 'Positie',
  help: {
    title: 'What can I do for you?',
    intro: 'Type one of these words:',
    commands: {
      reflect: 'A reflection question now',
      settings: 'Choose your days, time, language, roles and work',
      pause: 'No questions for a while (pause until 2026-12-31 works too)',
      resume: 'Receive questions again',
      summary: 'Your weekly summary (summary last week works too)',
      history: 'Your last 12 weeks: roles, participation and where you stood',
      notes: 'Your earlier notes, newest first',
      checkin: 'In a team channel or group chat: start an anonymous team check-in. Check-in trend shows the earlier ones.',
      coach: 'See who you share with. As a coach, coach code makes a code; coach K7M2QXP shares your trends with the coach of that code.',
      coachees: 'As a coach: the completed weeks of the people who invited you, from 3 answers a week',
      export: 'Download all your data',
      delete: 'Erase all your data',
      help: 'This overview',
    },
  },
  unknown: "I didn't understand that. Type **help** to see what I can do.",
  noIdentity: "I can't recognise you in this conversation. Open Positie in Microsoft Teams and try again.",
  foreignTenant: 'Positie is not available for your organisation.',
  noProfile: 'Your data has been erased, so this card no longer does anything. Send me a message if you would like to start again.',
  scope: {
    personalOnly: 'You do that in your personal chat with Positie. Open that chat and type it there.',
    conversationOnly: 'That works in a team channel or group chat. Mention me there: **@Positie**.',
  },
  click: {
    below: 'It is below in the chat.',
  },
  error: {
    title: 'That did not work',
    generic: 'Something went wrong on our side. Please try again in a moment.',
    storage: 'Saving failed for a moment. Your answer is still on the card: try again in a few seconds.',
    invalid: 'This card is no longer valid. Type **help** to see what I can do.',
  },
};
