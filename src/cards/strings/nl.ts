/** Dutch texts (the default). `en.ts` must have exactly the same keys. */
export const nl = {
  appName: 'Positie',
  help: {
    title: 'Wat kan ik voor je doen?',
    intro: 'Typ een van deze woorden:',
  },
  unknown: 'Dat begreep ik niet. Typ **hulp** om te zien wat ik kan.',
  noIdentity: 'Ik kan je niet herkennen in dit gesprek. Open Positie in Microsoft Teams en probeer het opnieuw.',
  foreignTenant: 'Positie is niet beschikbaar voor jouw organisatie.',
  /** A card clicked by someone whose data was erased (or never stored): nothing is written. */
  noProfile: 'Je gegevens zijn gewist, dus deze kaart doet niets meer. Stuur me een bericht als je opnieuw wilt beginnen.',
  scope: {
    personalOnly: 'Dat doe je in je persoonlijke chat met Positie. Open die chat en typ het daar.',
    conversationOnly: 'Dat werkt in een teamkanaal of groepschat. Noem me daar: **@Positie**.',
  },
  click: {
    /** The note under a clicked card whose answer came below it in the chat. */
    below: 'Staat hieronder in de chat.',
  },
  error: {
    title: 'Dat ging niet goed',
    generic: 'Er ging iets mis aan onze kant. Probeer het zo nog eens.',
    storage: 'Opslaan lukte even niet. Je antwoord staat nog op de kaart: probeer het over een paar seconden opnieuw.',
    invalid: 'Deze kaart is niet meer geldig. Typ **hulp** om te zien wat ik kan.',
  },
};

export type Strings = typeof nl;
