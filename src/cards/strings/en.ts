import type { Strings } from './nl';

export const en: Strings = {
  appName: 'Positie',
  help: {
    title: 'What can I do for you?',
    intro: 'Type one of these words:',
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
