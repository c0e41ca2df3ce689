// Words that carry no topic in a claim's content: function words, negations, hedges and speech verbs.

/** Function words, negations and hedges carry no topic, so a denial and its claim share only content stems. */
export const STOPWORDS = new Set(
  (
    'a an the and or but nor so yet of to in on at by for from with without into onto over under about above below ' +
    'after before between among through during against within upon off out up down than then that this these those ' +
    "there here which who whom whose what when where why how it its it's itself he him his she her hers they them their " +
    'theirs we our ours you your yours i me my mine us is are was were be been being am has have had having do does did ' +
    'doing will would shall should can could may might must not no never none nothing any anything some something all ' +
    'each every either neither both also only just even still very too more most much many such own same other another ' +
    'as if because while although though whether again further once ever already any s t don doesn didn isn wasn weren ' +
    'won wouldn aren hasn haven hadn can cannot couldn shouldn said says say told tell according reportedly allegedly ' +
    'alleged reported report claimed claims denied confirmed one two several inside since'
  ).split(/\s+/),
);

/** Dates and times of day belong to the report, not to what is asserted. */
export const TIME_WORDS = new Set(
  (
    'today yesterday tonight overnight tomorrow morning evening afternoon night dawn midnight week weeks month ' +
    'months year years day days earlier later recently recent monday tuesday wednesday thursday friday saturday ' +
    'sunday january february march april june july august september october november december'
  ).split(' '),
);
