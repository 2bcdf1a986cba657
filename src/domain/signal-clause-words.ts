/**
 * The words by which a note is read before any role is named (note-clauses.ts, signal-subject.ts):
 * who did it, whether it was done, and whether the note is about acts at all. Data, in Dutch and
 * English, lower case without accents (notes are folded the same way).
 */

/** Where a sentence splits into parts: punctuation, joining words and the openings of a clause of its own. */
export const PART_BREAK =
  /\s*[,;:()]\s*|\s+[-–—]\s+|(?<!\b(?:had|hadden|was|waren) (?:ik|we|wij))\s+(?=\b(?:maar|want|omdat|zodat|terwijl|doordat|hoewel|dat|voordat|nadat|zodra|totdat|waar|waarin|waarbij|waarop|but|because|although|though|while|that|whereas|before|after|until|where|who|which|whom|en toen|and then)\b)/;

/**
 * The negations that turn an act into one not done, when they come before it in its part ("niet
 * gewaarschuwd", "didn't listen"). One after it belongs to what was said or advised ("geadviseerd
 * het debat niet in te gaan").
 */
export const NEGATION =
  /\b(niet|geen|nooit|niemand|nergens|niks|niets|noch|didn't|didnt|did not|don't|dont|do not|doesn't|never|not|no|nobody|none|nothing|wasn't|couldn't|haven't|hadn't|without)\b/;

/** Plans, wishes, doubts, conditions and what should have been: nothing was done yet. */
export const NOT_DONE =
  /\b(van plan|plan om|plannen om|wil ik|ik wil|wilde|zou graag|zou ik|zouden we|ga ik|gaan we|we gaan|ik ga|morgen|volgende week|straks|ooit|hopelijk|hoop ik|als ik durf|twijfel|weet niet|benieuwd|vraag me af|vroeg me af|afvragen|wonder|wondering|curious|had ik maar|hadden we maar|had [a-z ]{0,40}willen|had [a-z ]{0,40}moeten|wanted to|want to|planned to|plan to|would like|would love|going to|i'll|we'll|will|next week|tomorrow|someday|hopefully|hope to|not sure|should have|should i|meant to|intend|if only|i wish|wish i|wish we)\b|^(als|indien|if|unless)\b/;

/** The writer as the subject of a clause. Not "me", "us" or "mijn": "ze belden mij", "mijn collega" is someone else. */
export const SUBJECT_PRONOUN = /^(ik|we|wij|i|i've|i'd|i'm|we've|we'd|we're)$/;

/**
 * Finite verbs (Dutch and English): in a part without the writer as subject, one of these means
 * someone or something else did it ("Het waterschap had…", "The board has…"). Forms that are also
 * a participle or a common noun are left out ("drukte", "start").
 */
export const FINITE_VERB =
  /^(heeft|hebben|had|hadden|is|was|waren|wordt|werd|werden|moet|moest|moesten|kan|kon|konden|mag|mocht|zal|zullen|wil|wilde|ligt|lag|gaat|ging|gingen|komt|kwam|kwamen|doet|deed|houdt|hield|vraagt|vroeg|belt|belde|werkt|werkte|zegt|zei|zegde|durft|stelt|stelde|staat|stond|zit|zat|blijft|bleef|neemt|nam|geeft|gaf|laat|liet|maakt|maakte|probeert|probeerde|startte|brengt|bracht|krijgt|kreeg|denkt|dacht|vindt|vond|ziet|zag|weet|wist|spreekt|sprak|hoort|hoorde|hoorden|loopt|liep|schrijft|schreef|stuurt|stuurde|drukt|negeert|negeerde|koos|besloot|regelt|regelde|toonde|legt|legde|zette|nodigde|luisterde|has|were|are|does|did|can|could|must|keeps|kept|wants|says|said)$/;

/**
 * Words that open a clause inside a part ("gekeken wat ze nodig hebben", "buren die ruzie hebben"):
 * a finite verb after one belongs to that clause, not to the part. Not when they open the part
 * itself ("Die meneer…").
 */
export const CLAUSE_OPENING = /^(wat|die|dat|hoe|waarom|wie|waar|welke|of|dan|who|which|what|how|why|where|whether|if)$/;

/** "zijn" and "worden" are verbs of someone else, save after a word that makes "zijn" "his": "met zijn team". */
export const POSSESSIVE_BEFORE = /^(met|van|voor|bij|aan|op|in|naar|over|tegen|door|uit|om|en|of|dat|die|en|samen)$/;

/** A purpose clause ("zodat…", "so that…") is part of the act it follows. */
export const PURPOSE_OPENING = /^(zodat|so that|in case)\b/;

/** Words that are far more common in English notes than in Dutch ones, and the other way round. */
export const ENGLISH_WORDS = /\b(the|and|to|of|with|i|it|for|on|my|our|this|was|were|they|have|had|but|about)\b/g;
export const DUTCH_WORDS = /\b(de|het|een|en|van|met|ik|op|voor|niet|dat|bij|naar|om|ook|heb|heeft|wij|maar|over)\b/g;

/**
 * English past tenses, the verb of a diary line ("Briefed the alderman…"); after a name or a team
 * ("Sarah briefed…", "Finance cut…") someone else did it.
 */
export const ENGLISH_PAST =
  /^((?!(need|indeed|speed|feed|seed|proceed|exceed|succeed)$)[a-z-]{2,}ed|went|spent|got|took|told|met|sat|brought|made|gave|had|did|ran|reran|re-ran|built|rebuilt|wrote|rewrote|found|sent|kept|put|set|led|held|read|heard|said|saw|stood|struck|thought|began|spoke|came|caught|let|paid|chose|cut|drove|left|won|sold|knew|felt|taught|bought|meant)$/;
/** What may stand before the verb of an English diary line: when, how, where. */
export const ENGLISH_LEAD = /^(just|also|then|today|yesterday|tonight|finally|first|again|already|still|even|only|once|twice|mostly|[a-z]+ly|at|in|on|with|after|during|for|from|to|by|and|so|over|about)$/;

/** Finite verbs that open a subjectless diary clause ("Had de wethouder al gewaarschuwd"); a passive one does not. */
export const DIARY_OPENING_VERB = /^(had|hadden|heb|hebben|ging|kwam|sprak|belde|zat|stond|liep|nam|gaf|zei|did|said|kept)$/;

/** A part that opens with someone else: "My colleague…", "De wethouder wil…", "Legal…". */
export const THIRD_PERSON_OPENING =
  /^(my|our|his|her|their|the|a|an|this|that|these|those|he|she|they|it|someone|somebody|nobody|everyone|everybody|legal|mijn|onze|ons|zijn|haar|hun|hij|zij|ze|men|iemand|niemand|iedereen|collega|collega's|stagiair)$/;

/**
 * Someone else's words: a part that reports them, and the rest of its sentence, says what was
 * said, not what the writer did ("De gedeputeerde zegt…", "Volgens de wethouder…").
 */
export const REPORTING_VERB = /\b(zegt|zei|zeggen|zeiden|beweert|beweerde|meldt|meldde|vertelt|vertelde|schrijft|schreef|hoorde|las|says|said|claims|claimed|tells|heard|read)\b/;
export const REPORTED_SOURCE = /\b(volgens(?! (de |het )?(beleids)?(regels?|procedure|wet|protocol|stappenplan|boekje|richtlijn)\b)|naar verluidt|schijnbaar|blijkbaar|according to|apparently|reportedly)\b/;

/** Whom an act concerns is not who it was about, by or for: "met de wethouder gesproken over de bewoners". */
export const ABOUT = /\b(over|about|regarding|concerning|door|by|namens|on behalf of)$/;
/** The words that tie an act to whom it concerns: the nearest of these or of ABOUT before it decides ("en" joins, it does not tie). */
export const TIE = /\b(met|with|bij|aan|tegen|voor|for|to|naar|samen)$/;

/** A plan or project that stopped, or a meeting that did not take place: the note's acts did not happen. */
export const STALLED =
  /\b((ligt|lag|staat|stond|liggen) (nu |al |nog |even )?stil|stilgelegd|in de ijskast|on hold|geannuleerd|afgeblazen|afgezegd|gaat niet door|ging niet door|niet doorgegaan|uitgesteld|opgeschoven|doorgeschoven|(budget|geld|subsidie|financiering) (is |werd )?(geschrapt|ingetrokken|weg)|(er )?kwam niemand|niemand kwam|wilden niet|weigerden|nobody (came|showed)|no one (came|showed)|they refused|they declined|cancell?ed|called off|postponed|shelved|scrapped|fell through|rescheduled|(budget|funding) (was )?(cut|pulled))\b/;

/** Talk about nothing of the work: a coffee about the holidays shows no role. */
export const SMALL_TALK =
  /\bover (de |hun |zijn |haar |z'n )?(vakantie|vakanties|weekend|verjaardag|voetbal|het weer)\b|\babout (the |their |his |her |our )?(holidays?|vacation|weekend|birthday|football|weather)\b|\b(bijgekletst|gekletst|koetjes en kalfjes|small ?talk|chit-?chat|chatted)\b/;

/** Words quoted as words ('co-creatie', "samenwerken in de keten"): a note that quotes them is about the words. */
export const SCARE_QUOTES = /(^|[\s(])['"“][^'"”\n]{2,80}['"”](?=$|[\s.,;:!?)])/;
/** A short sentence of praise after a complaint, the usual turn of irony in a note. */
export const IRONIC_SENTENCE =
  /^(top|heerlijk|genieten|baanbrekend|prachtig|geweldig|fantastisch|super|briljant|perfect|lekker|mooi zo|knap hoor|goed bezig( wij)?|wie verzint het|great|brilliant|lovely|fantastic|amazing|wonderful|awesome|classic|bravo|chapeau|love it|nice one|well done us)$|^[a-z ]{0,30}\b(hoor)$/;
/** Openings of irony and complaint. */
export const IRONIC_OPENING = /^(fijn hoor|prachtig,|leuk,|lekker,|hoera|ha,|haha|ach ja|o ja|tja|goh|weer een|weer drie|weer twee|great,|lovely,|love how|oh great|ah yes|oh yes|so proud|nice,|another )/;
export const IRONIC_MARKS = /(🙄|🙃|😒|😤|#not|\/s$)/u;
