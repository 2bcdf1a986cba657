/**
 * What a note must say for the language signal to name a role: an act of the writer, not a word.
 * Each cue is an act (a finished verb form: "nagerekend", "briefed") that must stand in a part of a
 * sentence the writer did, and, for some roles, whom or what it was done with, in that same part
 * (a minister for the political adviser, residents or partners outside for the partner to
 * society, figures or sources for the professional). Written from what each role is (src/content/data/lenses.json), in Dutch and English,
 * lower case without accents (the text is folded the same way before matching).
 */
export interface Cue {
  act: RegExp;
  /** Whom or what the act must concern, in the same part of the sentence. */
  with?: RegExp;
  /** What, in the same part, shows the act was about something else (a podcast listened to, papers brought together). */
  not?: RegExp;
}

/** Elected leaders and the bodies they answer to: advice to them is the political adviser's act. */
const LEADER =
  /\b(minister|ministers|staatssecretaris|bewindspersoon|bewindslieden|wethouder|wethouders|gedeputeerde|gedeputeerden|burgemeester|dijkgraaf|portefeuillehouder|gs|college van b&w|alderman|mayor|deputy|deputy mayor|state secretary|secretary of state|councillor|cabinet member)(s|'s)?\b/;

/** Advising, warning, informing someone: said to, written for, prepared. */
const ADVISE_NL =
  /\b(geadviseerd|afgeraden|aangeraden|ontraden|gewaarschuwd|ingelicht|gebriefd|bijgepraat|geinformeerd|geattendeerd|gewezen op|op gewezen|laten weten|(een )?seintje gegeven|advies gegeven|meegegeven|voorgelegd|gezegd|verteld|apart genomen|eerlijk (gezegd|opgeschreven|geschreven))\b/;
const ADVISE_EN = /\b(advised|warned|briefed|flagged|alerted|cautioned|told|pointed out|wrote (a|an|the) (short )?(memo|note|briefing))\b/;

/** People and organisations outside government: working with them is the partner to society's act. */
const OUTSIDE = new RegExp(
  [
    // Heads that Dutch compounds keep ("toeslagenouders", "buurtbewoners"); not "wethouders".
    /\b[a-z]*(bewoners?|huurders?|boeren|ondernemers|burgers|inwoners|aanvragers?|(?<!h)ouders|jongeren|clienten|gezin|gezinnen|families|huishoudens)\b/.source,
    /\b(buurt|wijk|dorpsraad|dorp|agrariers|telers|ondernemersloket|winkeliers|bedrijven|startups?|corporaties?|woningcorporaties?|huurdersvereniging|ketenpartners?|maatschappelijke organisaties|zorgaanbieders?|huisartsen|scholen|jongerenwerkers?|wijkagent|voedselbank|bibliotheek|buurtteam|sportclubs?|verenigingen|vrijwilligers|asielzoekers|statushouders|natuurorganisaties|terreinbeheerders|klagers?|meneer|mevrouw)\b/.source,
    /\b(residents?|tenants?|citizens?|farmers|growers|businesses|shopkeepers|parents|school board|food bank|community|neighbourhood|neighborhood|housing association|housing corporation|charities|charity|volunteers|applicants|patients|gp cooperative|ngos?|the lady|the man)\b/.source,
  ].join('|'),
);

/** Meeting, hearing, going out to, bringing together: what working with people looks like. */
const WITH_PEOPLE_NL =
  /\b(gesproken|gepraat|(op)?gebeld|afgesproken|uitgenodigd|om tafel|aan tafel|bij elkaar (gebracht|gezet|gehaald)|langs (geweest|gegaan)|op bezoek (geweest|gegaan)|bezocht|binnengelopen|teruggebeld|geluisterd|opgehaald|meegelopen|gehoord|gevraagd wat|de wijk in gegaan|het gebied in|door het gebied gelopen|(samen|met) [a-z ]{0,40}(gekeken|gemaakt|besproken|bedacht|opgesteld))\b/;
const WITH_PEOPLE_EN =
  /\b(talked|spoke|phoned|rang|met with|sat down with|listened|listening|invited|visited|called [a-z ]{0,20}back|went out to|spent the (morning|afternoon|day) (at|with)|brought [a-z' ]{0,60}together|got [a-z' ]{0,60}in the same room|worked with|designed [a-z' ]{0,40}with|asked (them|residents|people) what)\b/;

/** Preparing a leader is advice; preparing their visit or their room is not. */
const LOGISTICS = /\b(werkbezoek|bezoek|ontvangst|zaal|lunch|catering|reis|vervoer|visit|trip|room|reception|travel|photo)\b/;
const PREPARE = /\b(voorbereid|prepped|prepared)\b/;

/** Listening to a recording or a talk is not listening to people. */
const MEDIA = /\b(podcast|presentatie|webinar|lezing|toespraak|keynote|speech|muziek|radio|luisterboek|opname|voicemail|presentation|lecture|talk by|music|audiobook|recording)\b/;
/** Papers, not people: "alle stukken bij elkaar gehaald" brought nobody together. */
const PAPERS = /\b(stukken|documenten|bestanden|gegevens|cijfers|informatie|papieren|spullen|reacties|documents|files|papers|figures|data|information)\b/;
/** Something new that was made, for "zelf … gebouwd": redoing a sum is checking, not starting. */
const NEW_THING = /\b(proef|pilot|prototype|tool|tooltje|dashboard|app|script|macro|chatbot|planbord|werkwijze|aanpak|route|experiment)\b/;
/** A new way of working: what trying and risking must be about, not a desk or a train. */
const NEW_ROUTE = /\b[a-z]*(werkwijze|aanpak|route|manier|methode|proces|procedure|formulier|intake|pilot|proef|prototype|tool|app|dashboard|approach|way|method|process|format|form|tool|pilot|trial|prototype|app)\b/;
/** Trying a new lunch place or a new way to work is life, not a new route for the work. */
const OWN_LIFE = /\b(lunch|lunchplek|koffie|coffee|ontbijt|breakfast|diner|dinner|naar (het )?werk|to work|naar huis|sportschool|gym|trein|train)\b/;
/** The same as always is a habit, not like cases alike. */
const HABIT = /\b(als altijd|zoals altijd|zoals gewoonlijk|as always|as usual|like always)\b/;
const REDO = /\b(opnieuw|overnieuw|nog een keer|nog eens|again|redid|redo)\b/;
/** What a civil servant makes and checks: an error in one of these is an error in the work. */
const WORK_PRODUCTS = /\b[a-z]*(cijfers|berekening|nota|rapport|brief|brieven|besluit|data|tabel|model|analyse|dashboard|figures|report|letters?|decision|memo|table|calculation|analysis)\b/;
/** Ways of working that can be merged; merging two files is not a new route. */
const WORK_UNITS = /\b(overleggen|overleg|teams|processen|procedures|stappen|formulieren|loketten|regelingen|rapportages|meetings)\b/;

/** The cues per role id of the measured lenses. */
export const ROLE_CUES: Readonly<Record<string, readonly Cue[]>> = {
  // Lawful and careful: like cases alike, no exceptions, decisions that can be explained later.
  bureaucraat: [
    { act: /\b(geen uitzondering(en)? (gemaakt|toegestaan)|zelfde regels|dezelfde regels|op dezelfde manier|net zo (gedaan|behandeld|afgedaan)|gelijke gevallen|bij iedereen hetzelfde|hetzelfde bij iedereen|zoals bij iedereen|(dezelfde|zelfde) (lijn|criteria|maatstaf) (aangehouden|gevolgd|gehanteerd|toegepast|gelegd))\b/, not: HABIT },
    { act: /\b(volgens de (beleids)?regels?|volgens de procedure|volgens de wet|binnen de (wettelijke )?termijn|niet rechtmatig|rechtmatig|wettelijke (basis|grondslag)|mandaat nagekeken|motivering|gemotiveerd|in het dossier (gezet|vastgelegd|opgenomen)|vastgelegd waarom|navolgbaar|te volgen (is )?waarom|later nog (kan|kunnen) uitleggen|overeind blijft|normale termijn)\b/ },
    { act: /\b(no exceptions?|same rules|in the same way|like cases alike|by the book|lawful|unlawful|what the law (actually )?allows|within the (legal )?deadline|case file|logged every|on record why)\b/ },
  ],
  // Results and new routes: a trial started, a risk taken, something new built, ways of working merged.
  ondernemer: [
    { act: /\b(proef (opgezet|gestart|gedaan|gedraaid)|pilot (opgezet|gestart|gedraaid|voorgesteld)|prototype [a-z ]{0,30}(gebouwd|gemaakt|ontwikkeld|getest)|het proberen waard|voorgesteld om [a-z ]{0,40}(te schrappen|samen te voegen)|subsidie aangevraagd|niet op [a-z ]{0,30}gewacht)\b/ },
    {
      act: /\b(uitgeprobeerd|risico genomen|gewaagd|took a (gamble|risk|chance)|tried (it )?(a |an )?(new|different|other)|tried out|trying out|(started|set up|launched|ran) (a |an )?([a-z]+ )?(trial|pilot|experiment))\b/,
      with: NEW_ROUTE,
      not: OWN_LIFE,
    },
    { act: /\bzelf (maar |alvast )?[a-z ]{0,40}(gebouwd|in elkaar gezet|opgezet|gemaakt)\b/, with: NEW_THING, not: REDO },
    { act: /\bsamengevoegd\b/, with: WORK_UNITS },
    { act: /\b(piloted|prototyped|built a [a-z ]{0,20}prototype|pitched(?! in)|volunteered to lead|cut the costs?)\b/ },
  ],
  // Seeking people out: listening, bringing parties together, building trust.
  verbinder: [
    { act: /\b(geluisterd|listened|listening)\b/, not: MEDIA },
    { act: /\b(bij elkaar (gebracht|gezet|gehaald)|brought [a-z' ]{0,60}together|got [a-z' ]{0,60}in the same room)\b/, not: PAPERS },
    { act: /\b(aan (een |1 )?tafel (gezet|gebracht|gehad)|om tafel (gezeten|gegaan|gezet)|uitgepraat|de wijk in gegaan|gevraagd wat (ze|zij|mensen|bewoners) (zelf )?(willen|nodig hebben|merken|vinden)|vertrouwen (hersteld|opgebouwd|gewonnen|teruggewonnen)|rebuilt trust|asked (them|residents|people) what|ruzie [a-z ]{0,40}(gesust|bijgelegd)|(conflict|ruzie) [a-z ]{0,20}(bemiddeld|opgelost)|bemiddeld tussen|mediated between|in (een|1|één) (overleg|gesprek) (gekregen|gebracht)|on the same call)\b/ },
    // Calling back or dropping in shows the connector when it is people outside: not the helpdesk, not the dentist.
    { act: /\b(teruggebeld|langs (geweest|gegaan)|binnengelopen|op bezoek (geweest|gegaan)|called [a-z ]{0,20}back)\b/, with: OUTSIDE },
  ],
  // Sound work that is right, even unseen: checked, recalculated, sources and data looked into.
  'ambtelijk-professional': [
    // Recalculating is about figures by itself; checking needs the figures it checked.
    { act: /\b(nagerekend|doorgerekend|herberekend|recalculated)\b/ },
    { act: /\b(nagekeken|nagelopen|gecontroleerd|gecheckt|dubbelgecheckt|geverifieerd|gevalideerd|zelf [a-z ]{0,30}bekeken)\b/, with: /\b[a-z]*(cijfers|bedragen|getallen|berekening(en)?|data|gegevens|bronnen|tabel|model|analyse|aannames|prognose|steekproef|feiten|onderbouwing|rapport|rekenmethode)\b|\beigen werk\b/ },
    { act: /\b((rekenfout|eigen fout) (gevonden|ontdekt|gemeld|hersteld|gecorrigeerd)|fout (gemeld|hersteld|gecorrigeerd)|bronnen (en [a-z]+ )?erbij gezet)\b/ },
    // An error found in the work, not in one's own expense claim.
    { act: /\b(fout(en)? (gevonden|ontdekt)|found (a|an|one|two|three) (error|mistake)s?)\b/, with: WORK_PRODUCTS },
    { act: /\b(double-checked|rechecked|re-checked|checked|verified|validated|re-ran|reran|fact-checked|cross-checked|second review|went through)\b/, with: /\b(figures|numbers|data|sources?|model|assumptions|calculation|analysis|evidence|forecast|table|my own work|line by line)\b/ },
  ],
  // With citizens, organisations and businesses, on what society needs.
  'maatschappelijk-partner': [
    { act: WITH_PEOPLE_NL, with: OUTSIDE },
    { act: WITH_PEOPLE_EN, with: OUTSIDE },
  ],
  // Timely, honest advice to elected leaders on what is sensitive.
  'politiek-adviseur': [
    { act: ADVISE_NL, with: LEADER },
    { act: ADVISE_EN, with: LEADER },
    { act: PREPARE, with: LEADER, not: LOGISTICS },
  ],
};
