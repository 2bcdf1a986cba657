import type { Locale } from '../../content/types';

/** Texts of the small talk (hello, thanks, stop, "did you mean"), the channel help and the team introduction. */
export const talkStrings = {
  nl: {
    greeting: (name: string) => (name ? `Hoi ${name}! Zin in een vraag, of wil je je week terugzien?` : 'Hoi! Zin in een vraag, of wil je je week terugzien?'),
    greetingChannel: 'Hoi allemaal! In dit kanaal kan ik een anonieme teamcheck-in houden.',
    thanks: 'Graag gedaan! Tot de volgende vraag.',
    stopTitle: 'Wil je stoppen?',
    stop: 'Dat kan op twee manieren. Met **pauze** krijg je geen vragen meer tot je **hervat** typt; je antwoorden blijven bewaard. Met **verwijder mijn gegevens** wis je alles wat Positie van je weet.',
    stopPause: 'Pauzeren',
    stopDelete: 'Mijn gegevens wissen',
    didYouMean: 'Dat begreep ik niet helemaal.',
    suggest: (a: string, b: string) => `Bedoel je **${a}** of **${b}**? Typ **hulp** voor alles wat ik kan.`,
    labels: {
      reflect: 'Vraag van vandaag',
      summary: 'Weekoverzicht',
      help: 'Wat kan Positie?',
      checkin: 'Teamcheck-in starten',
      checkinTrend: 'Trend van de check-ins',
    },
    channelTitle: 'Positie in dit kanaal',
    channelIntro: 'Hier kan ik een anonieme teamcheck-in houden. Typ **@Positie** en dan:',
    /** After `introWhat`, which already says what Positie does here. */
    channelHowTo: 'Typ **@Positie** en dan:',
    channelPersonal: 'Je dagelijkse vraag, je weekoverzicht, je instellingen en je coach blijven persoonlijk: die vind je in je eigen chat met Positie. Daar ziet niemand anders je antwoorden.',
    openPersonal: 'Open je chat met Positie',
    introTitle: 'Hallo team, ik ben Positie',
    introWhat: 'Ik help jullie stilstaan bij de spanningen in jullie werk. In dit kanaal kan ik een anonieme teamcheck-in houden: iedereen kiest een positie, en pas vanaf genoeg antwoorden ziet het team het beeld, nooit wie wat koos.',
    personalOnlyLink: (url: string) => `Dat doe je in je [persoonlijke chat met Positie](${url}): daar blijft het van jou.`,
    personalOnly: 'Dat doe je in je persoonlijke chat met Positie: zoek Positie bij je apps in Teams en typ het daar.',
    nothingChanged: 'Niets gewijzigd.',
  },
  en: {
    greeting: (name: string) => (name ? `Hi ${name}! Would you like a question, or a look back at your week?` : 'Hi! Would you like a question, or a look back at your week?'),
    greetingChannel: 'Hi everyone! In this channel I can run an anonymous team check-in.',
    thanks: "You're welcome! Until the next question.",
    stopTitle: 'Would you like to stop?',
    stop: 'There are two ways. With **pause** you get no questions until you type **resume**; your answers are kept. With **delete my data** you erase everything Positie knows about you.',
    stopPause: 'Pause',
    stopDelete: 'Erase my data',
    didYouMean: "I didn't quite get that.",
    suggest: (a: string, b: string) => `Did you mean **${a}** or **${b}**? Type **help** for everything I can do.`,
    labels: {
      reflect: "Today's question",
      summary: 'Weekly summary',
      help: 'What can Positie do?',
      checkin: 'Start a team check-in',
      checkinTrend: 'Check-in trend',
    },
    channelTitle: 'Positie in this channel',
    channelIntro: 'Here I can run an anonymous team check-in. Type **@Positie** followed by:',
    /** After `introWhat`, which already says what Positie does here. */
    channelHowTo: 'Type **@Positie** followed by:',
    channelPersonal: 'Your daily question, weekly summary, settings and coach stay personal: you find them in your own chat with Positie, where nobody else sees your answers.',
    openPersonal: 'Open your chat with Positie',
    introTitle: "Hello team, I'm Positie",
    introWhat: 'I help you reflect on the tensions in your work. In this channel I can run an anonymous team check-in: everyone picks a position, and only once there are enough answers does the team see the picture, never who chose what.',
    personalOnlyLink: (url: string) => `You do that in your [personal chat with Positie](${url}), where it stays yours.`,
    personalOnly: 'You do that in your personal chat with Positie: find Positie among your apps in Teams and type it there.',
    nothingChanged: 'Nothing changed.',
  },
} satisfies Record<Locale, unknown>;

export type TalkStrings = (typeof talkStrings)['nl'];
