import type { Locale } from '../../content/types';

/** Texts of export, delete and the pages of the download link. */
const nl = {
  personalOnly: 'Je gegevens downloaden of wissen gaat alleen in je persoonlijke chat met Positie.',
  exportTitle: 'Je gegevens',
  exportText: (minutes: number) =>
    `Hier staat alles wat Positie over je bewaart, in één JSON-bestand: je profiel en instellingen, je antwoorden met notities, je coaches en coachees, wie wanneer keek, geplande berichten en je antwoorden op teamcheck-ins. De link werkt één keer en ${minutes} minuten lang.`,
  exportOpen: 'Download mijn gegevens',
  exportAgain: 'Verlopen? Typ **mijn gegevens** voor een nieuwe link.',
  // The readable export (issue 20): a second single-use link to a page to read or print.
  exportReadableText: 'Liever lezen? De leesbare versie zet je antwoorden per week, je notities, instellingen en coaches op één pagina die je kunt printen. Ook die link werkt één keer.',
  exportReadable: 'Lees of print',
  deleteTitle: 'Al je gegevens wissen?',
  deleteIntro: 'Dit wordt overal uit Positie gewist, en dat kan niet ongedaan worden gemaakt:',
  deleteItems: (answers: number, checkinAnswers: number) => [
    'je profiel, je instellingen en de koppeling met je chat',
    `je antwoorden en notities (${answers})`,
    'je geplande vragen en weekoverzichten, en welke berichten je kreeg',
    'met wie je je trends deelt en wie met jou deelt, je coachcodes, en wie wanneer keek',
    `je antwoorden op teamcheck-ins (${checkinAnswers})`,
  ],
  deleteKeeps: 'Teamcheck-ins die jij startte blijven voor je team bestaan, zonder enig verband met jou. De uitslag van een gesloten check-in blijft zoals hij is: die is van het team. Keek je als coach naar iemands trends, dan blijft in diens overzicht staan dat je keek, wanneer en onder welke naam.',
  deleteExportFirst: 'Wil je eerst een kopie? Typ **mijn gegevens**.',
  deleteConfirm: 'Ja, wis alles',
  deleteCancel: 'Niet wissen',
  deleteCancelled: 'Er is niets gewist.',
  deleteExpired: 'Deze bevestiging is verlopen of hoort niet bij jou. Typ **verwijder mijn gegevens** om opnieuw te beginnen.',
  deleted: 'Al je gegevens zijn gewist. Wil je later weer meedoen, stuur dan gewoon een bericht: je begint dan opnieuw, zonder je oude antwoorden.',
  invalid: 'Deze kaart is niet meer geldig. Typ **hulp** om te zien wat ik kan.',
};

export type PrivacyStrings = typeof nl;

const en: PrivacyStrings = {
  personalOnly: 'Downloading or deleting your data works only in your personal chat with Positie.',
  exportTitle: 'Your data',
  exportText: (minutes: number) =>
    `This is everything Positie keeps about you, in one JSON file: your profile and settings, your answers with notes, your coaches and coachees, who looked when, scheduled messages and your answers to team check-ins. The link works once and for ${minutes} minutes.`,
  exportOpen: 'Download my data',
  exportAgain: 'Expired? Type **export** for a new link.',
  exportReadableText: 'Rather read it? The readable version puts your answers by week, your notes, settings and coaches on one page you can print. That link works once too.',
  exportReadable: 'Read or print',
  deleteTitle: 'Delete all your data?',
  deleteIntro: 'This will be deleted, from every table, and cannot be undone:',
  deleteItems: (answers: number, checkinAnswers: number) => [
    'your profile, your settings and the link to your chat',
    `your answers and notes (${answers})`,
    'your scheduled questions and weekly summaries, and which messages you received',
    'whom you share your trends with and who shares with you, your coach codes, and who looked when',
    `your answers to team check-ins (${checkinAnswers})`,
  ],
  deleteKeeps: "Team check-ins you started stay for your team, with no link to you. The result of a closed check-in stays as it is: it belongs to the team. If you looked at someone's trends as a coach, their overview keeps that you looked, when and under which name.",
  deleteExportFirst: 'Want a copy first? Type **export**.',
  deleteConfirm: 'Yes, delete everything',
  deleteCancel: "Don't delete",
  deleteCancelled: 'Nothing was deleted.',
  deleteExpired: 'This confirmation has expired or is not yours. Type **delete my data** to start again.',
  deleted: 'All your data has been deleted. If you want to join again later, just send a message: you start afresh, without your old answers.',
  invalid: 'This card is no longer valid. Type **help** to see what I can do.',
};

export const privacyStrings: Record<Locale, PrivacyStrings> = { nl, en };

/** The page behind a used, expired or unknown download link: both languages, no script. */
export const GONE_PAGE = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Positie</title></head>
<body>
<p lang="nl">Deze downloadlink is al gebruikt of verlopen. Typ <strong>mijn gegevens</strong> in je chat met Positie voor een nieuwe link.</p>
<p lang="en">This download link has already been used or has expired. Type <strong>export</strong> in your chat with Positie for a new link.</p>
</body></html>
`;
