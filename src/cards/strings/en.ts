import type { Strings } from './nl';

export const en: Strings = {
  appName: 'Positie',
  welcome: {
    title: 'Welcome to Positie',
    what: 'Every working day a short question about a tension in your work: where did you stand today, and from which role?',
    who: 'Your answers are yours. Only you see them; a coach sees trends only if you want that.',
    how: 'Type **reflect** for your first question, or **settings** to choose your time.',
    start: 'First question',
    settings: 'Settings',
  },
  help: {
    title: 'What can I do for you?',
    intro: 'Type one of these words:',
    commands: {
      reflect: 'A reflection question now',
      settings: 'Choose days, time, language and roles',
      pause: 'No questions for a while (pause until 2026-12-31 works too)',
      resume: 'Receive questions again',
      summary: 'Your weekly summary (summary last week works too)',
      history: 'Your last 12 weeks: roles, participation and where you stood',
      notes: 'Your earlier notes, newest first',
      checkin: 'In a team channel: start an anonymous team check-in',
      coach: 'See your coaches, or coach code / coach K7M2QXP',
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
