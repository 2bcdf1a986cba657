import type { ReflectionDeps } from './reflection-deps';
import { defineCommand } from '../definitions';
import { reflectNow } from './reflect-now';

/** `reflecteer` / `reflect`: today's question now, or today's answer and an extra question. */
export const reflectCommand = defineCommand({
  kind: 'reflect',
  words: { nl: 'reflecteer', en: 'reflect' },
  phrases: ['reflecteren', 'reflectie', 'vraag', 'nieuwe vraag', 'een vraag', 'geef me een vraag', 'stel een vraag', 'vraag van vandaag', 'question', 'new question', 'ask me', 'ask me a question'],
  help: { nl: 'Nu een reflectievraag', en: 'A reflection question now' },
  menu: {
    personal: { nl: 'Nu een reflectievraag beantwoorden', en: 'Answer a reflection question now' },
  },
  scope: 'personal',
  handle: async (turn, _command, services: ReflectionDeps) => {
    await reflectNow(turn, services);
  },
});
