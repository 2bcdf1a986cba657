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
}

/** Elected leaders and the bodies they answer to: advice to them is the political adviser's act. */
const LEADER =
  /\b(minister|ministers|staatssecretaris|bewindspersoon|bewindslieden|wethouder|wethouders|gedeputeerde|gedeputeerden|burgemeester|dijkgraaf|portefeuillehouder|gs|college van b&w|alderman|mayor|deputy|deputy mayor|state secretary|secretary of state|councillor|cabinet member)(s|'s)?\b/;

/** Advising, warning, informing someone: said to, written for, prepared. */
const ADVISE_NL =
  /\b(geadviseerd|afgeraden|aangeraden|ontraden|gewaarschuwd|ingelicht|gebriefd|bijgepraat|geinformeerd|geattendeerd|gewezen op|op gewezen|laten weten|meegegeven|voorgelegd|gezegd|verteld|voorbereid|apart genomen|eerlijk (gezegd|opgeschreven|geschreven)|spreektekst geschreven)\b/;
const ADVISE_EN = /\b(advised|warned|briefed|prepped|prepared|flagged|alerted|cautioned|told|pointed out|wrote (a|an|the) (short )?(memo|note|briefing))\b/;

/** People and organisations outside government: working with them is the partner to society's act. */
const OUTSIDE = new RegExp(
  [
    // Heads that Dutch compounds keep ("toeslagenouders", "buurtbewoners"); not "wethouders".
    /\b[a-z]*(bewoners?|huurders?|boeren|ondernemers|burgers|inwoners|aanvragers?|(?<!h)ouders|jongeren|clienten|gezin|gezinnen|families|huishoudens)\b/.source,
    /\b(buurt|wijk|dorpsraad|dorp|agrariers|telers|ondernemersloket|winkeliers|bedrijven|startups?|corporaties?|woningcorporaties?|huurdersvereniging|ketenpartners?|maatschappelijke organisaties|zorgaanbieders?|huisartsen|scholen|jongerenwerkers?|wijkagent|voedselbank|bibliotheek|buurtteam|sportclubs?|verenigingen|vrijwilligers|asielzoekers|statushouders|natuurorganisaties|terreinbeheerders|klagers?|meneer|mevrouw)\b/.source,
    /\b(residents?|tenants?|citizens?|farmers|growers|businesses|shopkeepers|parents|school board|food bank|community|neighbourhood|neighborhood|housing association|housing corporation|charities|charity|volunteers|applicants|patients|gp cooperative|ngos?|the lady|the man|local)\b/.source,
  ].join('|'),
);

/** Meeting, hearing, going out to, bringing together: what working with people looks like. */
const WITH_PEOPLE_NL =
  /\b(gesproken|gepraat|afgesproken|uitgenodigd|om tafel|aan tafel|bij elkaar (gebracht|gezet|gehaald)|langs (geweest|gegaan)|op bezoek (geweest|gegaan)|bezocht|binnengelopen|teruggebeld|geluisterd|opgehaald|uitgezocht|meegelopen|gehoord|gevraagd wat|de wijk in gegaan|het gebied in|door het gebied gelopen|(samen|met) [a-z ]{0,40}(gekeken|gemaakt|besproken|bedacht|opgesteld))\b/;
const WITH_PEOPLE_EN =
  /\b(talked|spoke|met with|sat down with|listened|listening|invited|visited|called [a-z ]{0,20}back|went out to|spent the (morning|afternoon|day) (at|with)|brought [a-z' ]{0,60}together|got [a-z' ]{0,60}in the same room|worked with|designed [a-z' ]{0,40}with|asked (them|residents|people) what)\b/;

/** The cues per role id of the measured lenses. */
export const ROLE_CUES: Readonly<Record<string, readonly Cue[]>> = {
  // Lawful and careful: like cases alike, no exceptions, decisions that can be explained later.
  bureaucraat: [
    { act: /\b(geen uitzondering(en)? (gemaakt|toegestaan)|zelfde regels|dezelfde regels|op dezelfde manier|net zo (gedaan|behandeld|afgedaan)|gelijke gevallen|bij iedereen hetzelfde|hetzelfde bij iedereen|zoals bij iedereen)\b/ },
    { act: /\b(volgens de (beleids)?regels?|volgens de procedure|volgens de wet|binnen de (wettelijke )?termijn|niet rechtmatig|rechtmatig|wettelijke (basis|grondslag)|mandaat nagekeken|motivering|gemotiveerd|in het dossier (gezet|vastgelegd|opgenomen)|vastgelegd waarom|navolgbaar|te volgen (is )?waarom|later nog (kan|kunnen) uitleggen|overeind blijft|normale termijn)\b/ },
    { act: /\b(no exceptions?|same rules|in the same way|like cases alike|by the book|lawful|unlawful|what the law (actually )?allows|within the (legal )?deadline|case file|logged every|on record why|said no to skipping)\b/ },
  ],
  // Results and new routes: trying, a pilot, a risk taken, cost against result.
  ondernemer: [
    { act: /\b(proef (opgezet|gestart|gedaan|gedraaid)|pilot (opgezet|gestart|gedraaid|voorgesteld)|prototype|uitgeprobeerd|(eerst )?geprobeerd|het proberen waard|risico genomen|gewaagd|zelf (maar |alvast )?[a-z ]{0,40}(gebouwd|in elkaar gezet|opgezet|gemaakt)|meteen ingezet|samengevoegd|geschrapt|voorgesteld om [a-z ]{0,40}(te schrappen|samen te voegen)|subsidie aangevraagd|scheelt [a-z0-9 ]{0,20}(uur|uren|dagen|weken|maanden|geld|euro)|bespaart|besparing|goedkoper|niet (op [a-z ]{0,30})?gewacht|gewoon gedaan)\b/ },
    { act: /\b(took a (gamble|risk)|tried it|tried a|trying out|piloted|prototyped?|ran the numbers|pitched|volunteered to lead|kicked (it )?off|saves (about )?[a-z0-9 ]{0,10}(hours|days|money)|cheaper|cut the cost)\b/ },
  ],
  // Seeking people out: listening, bringing parties together, building trust.
  verbinder: [
    { act: /\b(geluisterd|bij elkaar (gebracht|gezet|gehaald)|aan (een |1 )?tafel (gezet|gebracht|gehad)|om tafel (gezeten|gegaan|gezet)|uitgepraat|teruggebeld|langs (geweest|gegaan)|binnengelopen|op bezoek (geweest|gegaan)|de wijk in gegaan|eerst laten vertellen|gevraagd wat (ze|zij|mensen|bewoners) (zelf )?(willen|nodig hebben|merken|vinden)|vertrouwen (hersteld|opgebouwd|gewonnen|teruggewonnen)|er is weer vertrouwen|koffie gedronken met)\b/ },
    { act: /\b(listened|listening|brought [a-z' ]{0,60}together|got [a-z' ]{0,60}in the same room|in one room|called [a-z ]{0,20}back|had coffee with|felt heard|rebuilt trust|asked (them|residents|people) what)\b/ },
  ],
  // Sound work that is right, even unseen: checked, recalculated, sources and data looked into.
  'ambtelijk-professional': [
    { act: /\b(nagerekend|doorgerekend|herberekend|nagekeken|nagelopen|gecontroleerd|gecheckt|dubbelgecheckt|geverifieerd|gevalideerd|zelf [a-z ]{0,30}bekeken)\b/, with: /\b[a-z]*(cijfers|bedragen|getallen|berekening(en)?|data|gegevens|bronnen|tabel|model|analyse|aannames|prognose|steekproef|feiten|onderbouwing|rapport|rekenmethode)\b|\beigen werk\b/ },
    { act: /\b(rekenfout|eigen fout|fout (gemeld|hersteld|gecorrigeerd)|steekproef was te klein|moet (gewoon )?kloppen|bronnen (en [a-z]+ )?erbij gezet)\b/ },
    { act: /\b(double-checked|rechecked|re-checked|checked|verified|validated|recalculated|re-ran|reran|fact-checked|cross-checked|second review|went through)\b/, with: /\b(figures|numbers|data|sources?|model|assumptions|calculation|analysis|evidence|forecast|table|my own work|line by line)\b/ },
    { act: /\b(had no source|has to be right|found one mistake)\b/ },
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
  ],
};
