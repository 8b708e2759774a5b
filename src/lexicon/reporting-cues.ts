/**
 * Reporting cues: the word or phrase that introduces what someone said, with its stance.
 * DATA ONLY. One table gives both the match and the value (the stance).
 */
import type { Stance } from '../schema.js';
import { table } from './table.js';

/** Reporting verbs, every inflection we match, lower case → stance. */
export const REPORTING_VERBS: Readonly<Record<string, Stance>> = table({
  // assert: neutral saying
  say: 'assert', says: 'assert', said: 'assert', saying: 'assert',
  tell: 'assert', tells: 'assert', told: 'assert', telling: 'assert',
  state: 'assert', states: 'assert', stated: 'assert', stating: 'assert',
  add: 'assert', adds: 'assert', added: 'assert', adding: 'assert',
  // A vote decides: "the panel voted Thursday to hold him in contempt" (only with its infinitive).
  vote: 'assert', votes: 'assert', voted: 'assert',
  // Participles of the verbs above, same stance ("…, emphasizing that the plan was legal").
  advocating: 'assert', affirming: 'assert', apologizing: 'acknowledge', applauding: 'assert', assailing: 'accuse',
  assuring: 'assert', attesting: 'assert', bemoaning: 'assert', berating: 'accuse', boasting: 'claim',
  bragging: 'claim', castigating: 'accuse', championing: 'assert', characterizing: 'assert', chastising: 'accuse',
  complaining: 'assert', complimenting: 'assert', contradicting: 'dispute', deploring: 'accuse', deriding: 'accuse',
  disclosing: 'assert', emphasizing: 'assert', encouraging: 'assert', excoriating: 'accuse', faulting: 'accuse',
  griping: 'assert', grousing: 'assert', heralding: 'assert', imploring: 'assert', indicating: 'assert',
  informing: 'assert', lamenting: 'assert', likening: 'assert', pleading: 'assert', positing: 'claim',
  proclaiming: 'assert', protesting: 'dispute', quipping: 'assert', reaffirming: 'assert', reassuring: 'assert',
  rebuking: 'accuse', rebutting: 'dispute', recommending: 'assert', reiterating: 'assert', reminding: 'assert',
  repeating: 'assert', requesting: 'assert', retorting: 'dispute', revealing: 'assert', ridiculing: 'accuse',
  scoffing: 'dispute', scolding: 'accuse', speculating: 'claim', swearing: 'assert', trumpeting: 'claim',
  underscoring: 'assert',
  announce: 'assert', announces: 'assert', announced: 'assert', announcing: 'assert',
  explain: 'assert', explains: 'assert', explained: 'assert', explaining: 'assert',
  note: 'assert', notes: 'assert', noted: 'assert', noting: 'assert',
  warn: 'assert', warns: 'assert', warned: 'assert', warning: 'assert',
  write: 'assert', writes: 'assert', wrote: 'assert', writing: 'assert',
  declare: 'assert', declares: 'assert', declared: 'assert', declaring: 'assert',
  tweet: 'assert', tweets: 'assert', tweeted: 'assert', tweeting: 'assert',
  predict: 'assert', predicts: 'assert', predicted: 'assert',
  promise: 'assert', promises: 'assert', promised: 'assert',
  vow: 'assert', vows: 'assert', vowed: 'assert',
  suggest: 'assert', suggests: 'assert', suggested: 'assert', suggesting: 'assert',
  believe: 'assert', believes: 'assert', believed: 'assert',
  think: 'assert', thinks: 'assert', thought: 'assert',
  recall: 'assert', recalls: 'assert', recalled: 'assert',
  describe: 'assert', describes: 'assert', described: 'assert',
  ask: 'assert', asks: 'assert', asked: 'assert', asking: 'assert',
  respond: 'assert', responds: 'assert', responded: 'assert', responding: 'assert',
  reply: 'assert', replies: 'assert', replied: 'assert', replying: 'assert',
  cite: 'assert', cites: 'assert', cited: 'assert',
  find: 'assert', finds: 'assert', found: 'assert',
  show: 'assert', shows: 'assert', showed: 'assert', shown: 'assert',
  agree: 'assert', agrees: 'assert', agreed: 'assert',
  pledge: 'assert', pledges: 'assert', pledged: 'assert', pledging: 'assert',
  emphasize: 'assert', emphasizes: 'assert', emphasized: 'assert', emphasise: 'assert', emphasised: 'assert',
  stress: 'assert', stresses: 'assert', stressed: 'assert', stressing: 'assert',
  urge: 'assert', urges: 'assert', urged: 'assert', urging: 'assert',
  mention: 'assert', mentions: 'assert', mentioned: 'assert',
  indicate: 'assert', indicates: 'assert', indicated: 'assert',
  reveal: 'assert', reveals: 'assert', revealed: 'assert',
  disclose: 'assert', discloses: 'assert', disclosed: 'assert',
  detail: 'assert', details: 'assert', detailed: 'assert', detailing: 'assert',
  document: 'assert', documents: 'assert', documented: 'assert', documenting: 'assert',
  chronicle: 'assert', chronicles: 'assert', chronicled: 'assert', chronicling: 'assert',
  testify: 'assert', testifies: 'assert', testified: 'assert',
  complain: 'assert', complains: 'assert', complained: 'assert',
  joke: 'assert', jokes: 'assert', joked: 'assert',
  post: 'assert', posted: 'assert',
  learn: 'report', learns: 'report', learned: 'report', learnt: 'report',
  demand: 'assert', demands: 'assert', demanded: 'assert',
  call: 'assert', calls: 'assert', called: 'assert', calling: 'assert',
  praise: 'assert', praises: 'assert', praised: 'assert',
  blast: 'accuse', blasts: 'accuse', blasted: 'accuse',
  attack: 'accuse', attacks: 'accuse', attacked: 'accuse',
  slam: 'accuse', slams: 'accuse', slammed: 'accuse',
  criticize: 'accuse', criticizes: 'accuse', criticized: 'accuse', criticise: 'accuse', criticised: 'accuse',
  condemn: 'accuse', condemns: 'accuse', condemned: 'accuse',
  // Attitudes: what a source wants, plans, hopes, expects, knows, supports or proposes. PolNeAR counts these as
  // attributions (the content is the source's position, not the writer's). Their stance is 'assert': the writer
  // reports the position without marking it as contestable ('claim') or as a response ('deny', 'dispute').
  want: 'assert', wants: 'assert', wanted: 'assert',
  plan: 'assert', plans: 'assert', planned: 'assert',
  propose: 'assert', proposes: 'assert', proposed: 'assert', proposing: 'assert',
  hope: 'assert', hopes: 'assert', hoped: 'assert',
  expect: 'assert', expects: 'assert', expected: 'assert',
  intend: 'assert', intends: 'assert', intended: 'assert',
  seek: 'assert', seeks: 'assert', sought: 'assert',
  threaten: 'assert', threatens: 'assert', threatened: 'assert',
  endorse: 'assert', endorses: 'assert', endorsed: 'assert',
  support: 'assert', supports: 'assert', supported: 'assert',
  know: 'assert', knows: 'assert', knew: 'assert',
  fear: 'assert', fears: 'assert', feared: 'assert',
  worry: 'assert', worries: 'assert', worried: 'assert',
  conclude: 'assert', concludes: 'assert', concluded: 'assert',
  echo: 'assert', echoes: 'assert', echoed: 'assert',
  express: 'assert', expresses: 'assert', expressed: 'assert',
  recommend: 'assert', recommends: 'assert', recommended: 'assert',
  encourage: 'assert', encourages: 'assert', encouraged: 'assert',
  advocate: 'assert', advocates: 'assert', advocated: 'assert',
  reiterate: 'assert', reiterates: 'assert', reiterated: 'assert',
  repeat: 'assert', repeats: 'assert', repeated: 'assert',
  proclaim: 'assert', proclaims: 'assert', proclaimed: 'assert',
  assure: 'assert', assures: 'assert', assured: 'assert',
  signal: 'assert', signals: 'assert', signaled: 'assert', signalled: 'assert',
  // Speaking, commenting and judging someone: the source's words or view, reported neutrally.
  continue: 'assert', continues: 'assert', continued: 'assert',
  comment: 'assert', comments: 'assert', commented: 'assert', commenting: 'assert',
  speak: 'assert', speaks: 'assert', spoke: 'assert', speaking: 'assert',
  caution: 'assert', cautions: 'assert', cautioned: 'assert', cautioning: 'assert',
  implore: 'assert', implores: 'assert', implored: 'assert',
  plead: 'assert', pleads: 'assert', pleaded: 'assert', pled: 'assert',
  observe: 'assert', observes: 'assert', observed: 'assert',
  wonder: 'assert', wonders: 'assert', wondered: 'assert', wondering: 'assert',
  underscore: 'assert', underscores: 'assert', underscored: 'assert',
  articulate: 'assert', articulates: 'assert', articulated: 'assert',
  forecast: 'estimate', forecasts: 'estimate', forecasted: 'estimate', forecasting: 'estimate',
  yell: 'assert', yells: 'assert', yelled: 'assert', yelling: 'assert',
  shout: 'assert', shouts: 'assert', shouted: 'assert', shouting: 'assert',
  chant: 'assert', chants: 'assert', chanted: 'assert', chanting: 'assert',
  retweet: 'assert', retweets: 'assert', retweeted: 'assert',
  reference: 'assert', references: 'assert', referenced: 'assert',
  invoke: 'assert', invokes: 'assert', invoked: 'assert', invoking: 'assert',
  laud: 'assert', lauds: 'assert', lauded: 'assert', lauding: 'assert',
  hail: 'assert', hails: 'assert', hailed: 'assert', hailing: 'assert',
  applaud: 'assert', applauds: 'assert', applauded: 'assert',
  compliment: 'assert', compliments: 'assert', complimented: 'assert',
  characterize: 'assert', characterizes: 'assert', characterized: 'assert', characterise: 'assert', characterised: 'assert',
  portray: 'assert', portrays: 'assert', portrayed: 'assert', portraying: 'assert',
  liken: 'assert', likens: 'assert', likened: 'assert',
  brand: 'accuse', brands: 'accuse', branded: 'accuse',
  scold: 'accuse', scolds: 'accuse', scolded: 'accuse',
  deride: 'accuse', derides: 'accuse', derided: 'accuse',
  rail: 'accuse', rails: 'accuse', railed: 'accuse', railing: 'accuse',
  protest: 'dispute', protests: 'dispute', protested: 'dispute',
  // More attitude and speech verbs: rulings, decisions, preferences, speculation ('claim'), confessions
  // ('acknowledge'), rebukes ('accuse'), retorts ('dispute'). PolNeAR annotates all of them as attributions.
  rule: 'assert', ruled: 'assert',
  decide: 'assert', decides: 'assert', decided: 'assert',
  understand: 'assert', understands: 'assert', understood: 'assert',
  feel: 'assert', feels: 'assert', felt: 'assert',
  offer: 'assert', offers: 'assert', offered: 'assert', offering: 'assert',
  discuss: 'assert', discusses: 'assert', discussed: 'assert', discussing: 'assert',
  talk: 'assert', talks: 'assert', talked: 'assert', talking: 'assert',
  prefer: 'assert', prefers: 'assert', preferred: 'assert',
  rated: 'assert',
  champion: 'assert', champions: 'assert', championed: 'assert',
  press: 'assert', presses: 'assert', pressed: 'assert', pressing: 'assert',
  quip: 'assert', quips: 'assert', quipped: 'assert',
  muse: 'assert', muses: 'assert', mused: 'assert',
  lament: 'assert', laments: 'assert', lamented: 'assert',
  bemoan: 'assert', bemoans: 'assert', bemoaned: 'assert',
  grouse: 'assert', grouses: 'assert', groused: 'assert',
  gripe: 'assert', gripes: 'assert', griped: 'assert',
  affirm: 'assert', affirms: 'assert', affirmed: 'assert',
  reaffirm: 'assert', reaffirms: 'assert', reaffirmed: 'assert',
  attest: 'assert', attests: 'assert', attested: 'assert',
  swear: 'assert', swears: 'assert', swore: 'assert',
  anticipate: 'assert', anticipates: 'assert', anticipated: 'assert',
  foresee: 'assert', foresees: 'assert', foresaw: 'assert',
  envision: 'assert', envisions: 'assert', envisioned: 'assert',
  advise: 'assert', advises: 'assert', advised: 'assert',
  request: 'assert', requests: 'assert', requested: 'assert',
  remind: 'assert', reminds: 'assert', reminded: 'assert',
  inform: 'assert', informs: 'assert', informed: 'assert',
  reassure: 'assert', reassures: 'assert', reassured: 'assert',
  persuade: 'assert', persuades: 'assert', persuaded: 'assert',
  convince: 'assert', convinces: 'assert', convinced: 'assert',
  admire: 'assert', admires: 'assert', admired: 'assert',
  welcome: 'assert', welcomes: 'assert', welcomed: 'assert',
  embrace: 'assert', embraces: 'assert', embraced: 'assert',
  guarantee: 'assert', guarantees: 'assert', guaranteed: 'assert',
  tout: 'claim', touts: 'claim', touted: 'claim', touting: 'claim',
  trumpet: 'claim', trumpets: 'claim', trumpeted: 'claim',
  speculate: 'claim', speculates: 'claim', speculated: 'claim',
  posit: 'claim', posits: 'claim', posited: 'claim',
  reckon: 'claim', reckons: 'claim', reckoned: 'claim',
  suspect: 'claim', suspects: 'claim',
  assume: 'claim', assumes: 'claim', assumed: 'claim',
  confess: 'acknowledge', confesses: 'acknowledge', confessed: 'acknowledge',
  apologize: 'acknowledge', apologizes: 'acknowledge', apologized: 'acknowledge', apologise: 'acknowledge', apologised: 'acknowledge',
  regret: 'acknowledge', regrets: 'acknowledge', regretted: 'acknowledge',
  rebuke: 'accuse', rebukes: 'accuse', rebuked: 'accuse',
  assail: 'accuse', assails: 'accuse', assailed: 'accuse',
  castigate: 'accuse', castigates: 'accuse', castigated: 'accuse',
  excoriate: 'accuse', excoriates: 'accuse', excoriated: 'accuse',
  berate: 'accuse', berates: 'accuse', berated: 'accuse',
  fault: 'accuse', faults: 'accuse', faulted: 'accuse',
  grill: 'accuse', grills: 'accuse', grilled: 'accuse',
  deplore: 'accuse', deplores: 'accuse', deplored: 'accuse',
  retort: 'dispute', retorts: 'dispute', retorted: 'dispute',
  rebut: 'dispute', rebuts: 'dispute', rebutted: 'dispute',
  confront: 'dispute', confronts: 'dispute', confronted: 'dispute',
  scoff: 'dispute', scoffs: 'dispute', scoffed: 'dispute',
  discover: 'report', discovers: 'report', discovered: 'report',
  despise: 'assert', despises: 'assert', despised: 'assert', herald: 'assert', heralds: 'assert', heralded: 'assert',
  recognize: 'acknowledge', recognizes: 'acknowledge', recognized: 'acknowledge', recognise: 'acknowledge', recognised: 'acknowledge', recognizing: 'acknowledge',
  // -ing forms of cues above, read after a comma or a preposition ("…, promising to …", "by defending …").
  promising: 'assert', vowing: 'assert', demanding: 'assert', describing: 'assert', mentioning: 'assert',
  predicting: 'assert', recalling: 'assert', hoping: 'assert',
  seeking: 'assert', endorsing: 'assert', supporting: 'assert', praising: 'assert', threatening: 'assert',
  defending: 'claim', attacking: 'accuse', blasting: 'accuse', slamming: 'accuse',
  criticizing: 'accuse', criticising: 'accuse', condemning: 'accuse', mocking: 'accuse', denouncing: 'accuse',
  lambasting: 'accuse', refusing: 'deny', declining: 'deny', opposing: 'dispute', challenging: 'dispute',
  // A refusal is a negative answer: 'deny'. Opposition and doubt take a side against: 'dispute'.
  refuse: 'deny', refuses: 'deny', refused: 'deny',
  decline: 'deny', declines: 'deny', declined: 'deny',
  oppose: 'dispute', opposes: 'dispute', opposed: 'dispute',
  doubt: 'dispute', doubts: 'dispute', doubted: 'dispute',
  challenge: 'dispute', challenges: 'dispute', challenged: 'dispute',
  contradict: 'dispute', contradicts: 'dispute', contradicted: 'dispute',
  // Defending or boasting keeps the source's own contestable version: 'claim'.
  defend: 'claim', defends: 'claim', defended: 'claim',
  boast: 'claim', boasts: 'claim', boasted: 'claim',
  brag: 'claim', brags: 'claim', bragged: 'claim',
  imply: 'claim', implies: 'claim', implied: 'claim',
  denounce: 'accuse', denounces: 'accuse', denounced: 'accuse',
  decry: 'accuse', decries: 'accuse', decried: 'accuse',
  mock: 'accuse', mocks: 'accuse', mocked: 'accuse',
  ridicule: 'accuse', ridicules: 'accuse', ridiculed: 'accuse',
  lambaste: 'accuse', lambastes: 'accuse', lambasted: 'accuse',
  chastise: 'accuse', chastises: 'accuse', chastised: 'accuse',
  // claim: the speaker's own, contestable version
  claim: 'claim', claims: 'claim', claimed: 'claim', claiming: 'claim',
  allege: 'claim', alleges: 'claim', alleged: 'claim', alleging: 'claim',
  assert: 'claim', asserts: 'claim', asserted: 'claim', asserting: 'claim',
  insist: 'claim', insists: 'claim', insisted: 'claim', insisting: 'claim',
  argue: 'claim', argues: 'claim', argued: 'claim', arguing: 'claim',
  maintain: 'claim', maintains: 'claim', maintained: 'claim', maintaining: 'claim',
  contend: 'claim', contends: 'claim', contended: 'claim', contending: 'claim',
  // deny
  deny: 'deny', denies: 'deny', denied: 'deny', denying: 'deny',
  reject: 'deny', rejects: 'deny', rejected: 'deny', rejecting: 'deny',
  dismiss: 'deny', dismisses: 'deny', dismissed: 'deny', dismissing: 'deny',
  refute: 'deny', refutes: 'deny', refuted: 'deny', refuting: 'deny',
  // acknowledge
  acknowledge: 'acknowledge', acknowledges: 'acknowledge', acknowledged: 'acknowledge', acknowledging: 'acknowledge',
  admit: 'acknowledge', admits: 'acknowledge', admitted: 'acknowledge', admitting: 'acknowledge',
  concede: 'acknowledge', concedes: 'acknowledge', conceded: 'acknowledge', conceding: 'acknowledge',
  confirm: 'acknowledge', confirms: 'acknowledge', confirmed: 'acknowledge', confirming: 'acknowledge',
  // accuse
  accuse: 'accuse', accuses: 'accuse', accused: 'accuse', accusing: 'accuse',
  blame: 'accuse', blames: 'accuse', blamed: 'accuse', blaming: 'accuse',
  charge: 'accuse', charges: 'accuse', charged: 'accuse', charging: 'accuse',
  // dispute
  dispute: 'dispute', disputes: 'dispute', disputed: 'dispute', disputing: 'dispute',
  counter: 'dispute', counters: 'dispute', countered: 'dispute', countering: 'dispute',
  question: 'dispute', questions: 'dispute', questioned: 'dispute', questioning: 'dispute',
  contest: 'dispute', contests: 'dispute', contested: 'dispute', contesting: 'dispute',
  // estimate
  estimate: 'estimate', estimates: 'estimate', estimated: 'estimate', estimating: 'estimate',
  // report
  report: 'report', reports: 'report', reported: 'report', reporting: 'report',
});

/** Verbs that are only cues with a clause or a quote after them ("claimed that", "warned:"), never with a plain object. */
export const CLAUSE_ONLY_VERBS: ReadonlySet<string> = new Set([
  // Verbs whose plain object is rarely a position: "charged a fee", "stated goals", "added a week", "called a
  // strike", "found a way", "thought of", "recalled the car", "posted a photo", "learned from".
  'charge', 'charges', 'charged', 'charging', 'contest', 'contests', 'contested', 'contesting',
  'counter', 'counters', 'countering', 'state', 'states', 'add', 'adds', 'added', 'adding', 'vote', 'votes', 'voted',
  'assuring', 'boasting', 'bragging', 'complaining', 'disclosing', 'informing', 'protesting', 'reminding', 'repeating', 'requesting', 'swearing',
  'write', 'writes', 'wrote', 'writing', 'believe', 'believes', 'believed', 'think', 'thinks', 'thought',
  'recall', 'recalls', 'recalled', 'report', 'reports', 'reported', 'reporting', 'estimate', 'estimates', 'estimated', 'estimating',
  'maintain', 'maintains', 'maintained', 'maintaining', 'warning', 'claims', 'claim',
  'confirm', 'confirms', 'confirmed', 'confirming', 'respond', 'responds', 'responded', 'responding', 'reply', 'replies', 'replied',
  'find', 'finds', 'found', 'disclose', 'discloses', 'disclosed', 'complain', 'complains', 'complained', 'joke', 'jokes', 'joked',
  'post', 'posted', 'learn', 'learns', 'learned', 'learnt', 'call', 'calls', 'called', 'calling',
  'know', 'knows', 'knew', 'fear', 'fears', 'feared', 'worry', 'worries', 'worried', 'conclude', 'concludes', 'concluded',
  'doubt', 'doubts', 'doubted', 'boast', 'boasts', 'boasted', 'brag', 'brags', 'bragged', 'repeat', 'repeats', 'repeated',
  'assure', 'assures', 'assured', 'signal', 'signals', 'signaled', 'signalled', 'imply', 'implies', 'implied',
  'plan', 'plans', 'planned', 'continue', 'continues', 'continued', 'speak', 'speaks', 'spoke', 'speaking',
  'observe', 'observes', 'observed', 'wonder', 'wonders', 'wondered', 'wondering', 'reference', 'references', 'referenced',
  'comment', 'comments', 'commented', 'commenting', 'protest', 'protests', 'protested', 'invoke', 'invokes', 'invoked', 'invoking',
  'rail', 'rails', 'railed', 'railing', 'brand', 'brands', 'branded', 'yell', 'yells', 'yelled', 'yelling',
  'shout', 'shouts', 'shouted', 'shouting', 'chant', 'chants', 'chanted', 'chanting', 'forecast', 'forecasts',
  // "ruled out", "decided the case", "felt the heat", "understood the risk", "talked to reporters",
  // "assumed office", "pressed ahead": these read as cues only before a clause.
  'rule', 'ruled', 'decide', 'decides', 'decided', 'understand', 'understands', 'understood', 'feel', 'feels', 'felt',
  'talk', 'talks', 'talked', 'talking', 'assume', 'assumes', 'assumed', 'suspect', 'suspects', 'press', 'presses', 'pressed', 'pressing',
  'remind', 'reminds', 'reminded', 'inform', 'informs', 'informed', 'swear', 'swears', 'swore', 'anticipate', 'anticipates', 'anticipated',
  'reckon', 'reckons', 'reckoned', 'welcome', 'welcomes', 'welcomed', 'embrace', 'embraces', 'embraced', 'confront', 'confronts', 'confronted',
  'grill', 'grills', 'grilled', 'request', 'requests', 'requested',
  'discover', 'discovers', 'discovered', 'recognize', 'recognizes', 'recognized', 'recognise', 'recognised', 'recognizing',
]);

/**
 * Adjectives of attitude after "be" with a clause: "Protesters were frustrated that …", "Many Democrats are afraid
 * that …". The form of "be" and the adjective are the cue; stance 'assert' (the source's stated state of mind).
 */
export const ATTITUDE_ADJECTIVES: ReadonlySet<string> = new Set([
  'afraid', 'frustrated', 'incensed', 'convinced', 'confident', 'worried', 'concerned', 'sure', 'certain', 'hopeful',
  'optimistic', 'pessimistic', 'skeptical', 'sceptical', 'adamant', 'aware', 'angry', 'upset', 'furious', 'disappointed',
  'pleased', 'happy', 'glad', 'proud', 'sorry', 'unhappy', 'outraged', 'alarmed', 'surprised', 'satisfied', 'determined',
  'unaware', 'unsure', 'uncertain', 'doubtful', 'fearful', 'anxious', 'insistent', 'clear', 'emphatic', 'unequivocal',
]);

/** Clause-only verbs whose content must be a quote or a colon: "She continued: "…"", never "The fighting continued, …". */
export const QUOTE_ONLY_VERBS: ReadonlySet<string> = new Set([
  'continue', 'continues', 'continued', 'yell', 'yells', 'yelled', 'yelling', 'shout', 'shouts', 'shouted', 'shouting',
  'chant', 'chants', 'chanted', 'chanting',
]);

/**
 * Verbs whose "to"-infinitive is their content: "wants to close", "plans to run", "declined to comment",
 * "urged Congress to act". With a clause-only verb the infinitive stands for the clause.
 */
export const INFINITIVE_VERBS: ReadonlySet<string> = new Set([
  'want', 'wants', 'wanted', 'plan', 'plans', 'planned', 'hope', 'hopes', 'hoped', 'expect', 'expects', 'expected',
  'intend', 'intends', 'intended', 'seek', 'seeks', 'sought', 'threaten', 'threatens', 'threatened',
  'refuse', 'refuses', 'refused', 'decline', 'declines', 'declined', 'promise', 'promises', 'promised',
  'vow', 'vows', 'vowed', 'pledge', 'pledges', 'pledged', 'agree', 'agrees', 'agreed', 'urge', 'urges', 'urged',
  'ask', 'asks', 'asked', 'encourage', 'encourages', 'encouraged', 'call', 'calls', 'called', 'tell', 'tells', 'told',
  'decide', 'decides', 'decided', 'offer', 'offers', 'offered', 'swear', 'swears', 'swore', 'request', 'requests', 'requested',
  'vote', 'votes', 'voted',
]);

/** Finite auxiliaries and modals: after a short subject they open a clause without "that" ("found the bank had"). */
export const FINITE_AUX: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must',
  'did', 'does', 'do', "'s", "'re", "'ll", "'d", "'ve", 'wo', 'ca', "won't", "can't", "isn't", "wasn't", "doesn't", "didn't",
]);

/** Subject pronouns: right after a verb they open a clause without "that" ("believes he can win"). */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'there']);

/** Question words that open an indirect question as content ("questioned whether", "asked why", "knew what"). */
export const WH_WORDS: ReadonlySet<string> = new Set(['whether', 'why', 'what', 'how', 'who', 'when', 'where', 'if']);

/** Verbs whose object is what they answer ("rejected the figure", "countered these claims"): a response cue. */
export const RESPONSE_VERBS: ReadonlySet<string> = new Set([
  'deny', 'denies', 'denied', 'denying', 'reject', 'rejects', 'rejected', 'rejecting',
  'dismiss', 'dismisses', 'dismissed', 'dismissing', 'refute', 'refutes', 'refuted', 'refuting',
  'dispute', 'disputes', 'disputed', 'disputing', 'counter', 'counters', 'countered', 'countering',
  'question', 'questions', 'questioned', 'contest', 'contests', 'contested',
  'acknowledge', 'acknowledges', 'acknowledged', 'acknowledging', 'admit', 'admits', 'admitted', 'admitting',
  'confirm', 'confirms', 'confirmed', 'confirming', 'accuse', 'accuses', 'accused', 'accusing',
  'blame', 'blames', 'blamed', 'blaming',
]);

/** Reporting nouns: "the ministry's claim that", "his estimate", "a statement", label lines "Taliban claim: 58". */
export const REPORTING_NOUNS: Readonly<Record<string, Stance>> = table({
  claim: 'claim', claims: 'claim', allegation: 'claim', allegations: 'claim', assertion: 'claim', assertions: 'claim',
  statement: 'assert', statements: 'assert', announcement: 'assert', remarks: 'assert', comments: 'assert',
  denial: 'deny', denials: 'deny', rejection: 'deny',
  admission: 'acknowledge', acknowledgement: 'acknowledge', confirmation: 'acknowledge',
  accusation: 'accuse', accusations: 'accuse',
  estimate: 'estimate', estimates: 'estimate', figure: 'estimate', figures: 'estimate', tally: 'estimate', count: 'estimate',
  report: 'report', reports: 'report',
  // Positions and speech acts named by a noun with their owner: "his promises to …", "North Korea's claims about …".
  promise: 'assert', promises: 'assert', pledge: 'assert', pledges: 'assert', vow: 'assert', vows: 'assert',
  proposal: 'assert', proposals: 'assert', plan: 'assert', plans: 'assert', warning: 'assert', warnings: 'assert',
  view: 'assert', views: 'assert', position: 'assert', argument: 'claim', arguments: 'claim', demand: 'assert', demands: 'assert',
  threat: 'assert', threats: 'assert', assessment: 'estimate', prediction: 'estimate', predictions: 'estimate',
  forecast: 'estimate', assurance: 'assert', assurances: 'assert', insistence: 'claim', suggestion: 'assert',
  belief: 'assert', hope: 'assert', hopes: 'assert', concern: 'assert', concerns: 'assert', criticism: 'accuse',
  complaint: 'accuse', complaints: 'accuse', defense: 'claim', defence: 'claim', refusal: 'deny', decision: 'assert',
  acknowledgment: 'acknowledge', conclusion: 'assert', testimony: 'assert',
  explanation: 'assert', call: 'assert', calls: 'assert',
  emphasis: 'assert', determination: 'assert', eagerness: 'assert', opposition: 'dispute', praise: 'assert',
});

/**
 * Owned reporting nouns whose "to"-infinitive is their content ("his promise to cut taxes", "the regime's
 * determination to build"); every other reporting noun needs "that" ("the ministry's claim that …").
 */
export const NOUN_LINKS_TO: ReadonlySet<string> = new Set([
  'promise', 'promises', 'pledge', 'pledges', 'vow', 'vows', 'determination', 'eagerness', 'threat', 'threats',
]);

/** Adjectives between an owner and its reporting noun: "the police's earlier claim", "Trump's own admission". */
export const NOUN_MODIFIERS: ReadonlySet<string> = new Set([
  'own', 'earlier', 'latest', 'repeated', 'new', 'recent', 'public', 'initial', 'first', 'previous', 'private', 'original',
  'strong', 'stated', 'frequent', 'constant', 'longstanding', 'long-standing', 'controversial', 'false', 'unfounded',
]);

/** Multi-word cues, lower case words → stance. The longest match wins. */
export const REPORTING_PHRASES: readonly { words: readonly string[]; stance: Stance; kind: 'source-after' | 'verb'; cueWords?: number }[] = [
  { words: ['according', 'to'], stance: 'assert', kind: 'source-after' },
  { words: ['citing'], stance: 'assert', kind: 'source-after' },
  { words: ['quoted', 'as', 'saying'], stance: 'assert', kind: 'verb' },
  // "…, as one official put it.": a trailing phrase of saying.
  { words: ['put', 'it'], stance: 'assert', kind: 'verb' },
  { words: ['puts', 'it'], stance: 'assert', kind: 'verb' },
  { words: ['put', 'the', 'toll', 'at'], stance: 'estimate', kind: 'verb' },
  { words: ['put', 'the', 'death', 'toll', 'at'], stance: 'estimate', kind: 'verb' },
  { words: ['puts', 'the', 'toll', 'at'], stance: 'estimate', kind: 'verb' },
  { words: ['puts', 'the', 'death', 'toll', 'at'], stance: 'estimate', kind: 'verb' },
  { words: ['put', 'the', 'number', 'at'], stance: 'estimate', kind: 'verb' },
  { words: ['put', 'the', 'number', 'of', 'dead', 'at'], stance: 'estimate', kind: 'verb' },
  { words: ['puts', 'the', 'number', 'of', 'dead', 'at'], stance: 'estimate', kind: 'verb' },
  { words: ['put', 'the', 'number', 'of', 'deaths', 'at'], stance: 'estimate', kind: 'verb' },
  { words: ['put', 'the', 'casualty', 'toll', 'at'], stance: 'estimate', kind: 'verb' },
  { words: ['puts', 'the', 'number', 'at'], stance: 'estimate', kind: 'verb' },
  // The addressee licenses a clause without "that" but is not the cue: cueWords keeps "told".
  { words: ['told', 'reporters'], stance: 'assert', kind: 'verb', cueWords: 1 },
  { words: ['told', 'journalists'], stance: 'assert', kind: 'verb', cueWords: 1 },
  { words: ['called', 'for'], stance: 'assert', kind: 'verb' },
  { words: ['called', 'on'], stance: 'assert', kind: 'verb' },
  { words: ['calls', 'for'], stance: 'assert', kind: 'verb' },
  { words: ['calls', 'on'], stance: 'assert', kind: 'verb' },
  { words: ['call', 'for'], stance: 'assert', kind: 'verb' },
  { words: ['call', 'on'], stance: 'assert', kind: 'verb' },
  { words: ['calling', 'for'], stance: 'assert', kind: 'verb' },
  { words: ['calling', 'on'], stance: 'assert', kind: 'verb' },
  { words: ['pointed', 'to'], stance: 'assert', kind: 'verb' },
  { words: ['talked', 'about'], stance: 'assert', kind: 'verb' },
  { words: ['talks', 'about'], stance: 'assert', kind: 'verb' },
  { words: ['talking', 'about'], stance: 'assert', kind: 'verb' },
  { words: ['spoke', 'about'], stance: 'assert', kind: 'verb' },
  { words: ['spoke', 'of'], stance: 'assert', kind: 'verb' },
  { words: ['spoke', 'out'], stance: 'assert', kind: 'verb' },
  { words: ['speaks', 'about'], stance: 'assert', kind: 'verb' },
  { words: ['weighed', 'in'], stance: 'assert', kind: 'verb' },
  { words: ['spoken', 'about'], stance: 'assert', kind: 'verb' },
  { words: ['point', 'out'], stance: 'assert', kind: 'verb' },
  { words: ['referred', 'to'], stance: 'assert', kind: 'verb' },
  { words: ['refers', 'to'], stance: 'assert', kind: 'verb' },
  { words: ['spoken', 'out'], stance: 'assert', kind: 'verb' },
  { words: ['believe', 'in'], stance: 'assert', kind: 'verb' },
  { words: ['believes', 'in'], stance: 'assert', kind: 'verb' },
  { words: ['believed', 'in'], stance: 'assert', kind: 'verb' },
  { words: ['railed', 'against'], stance: 'accuse', kind: 'verb' },
  { words: ['rails', 'against'], stance: 'accuse', kind: 'verb' },
  { words: ['railing', 'against'], stance: 'accuse', kind: 'verb' },
  { words: ['weighs', 'in'], stance: 'assert', kind: 'verb' },
  { words: ['took', 'aim', 'at'], stance: 'accuse', kind: 'verb' },
  { words: ['takes', 'aim', 'at'], stance: 'accuse', kind: 'verb' },
  { words: ['lashed', 'out', 'at'], stance: 'accuse', kind: 'verb' },
  { words: ['hit', 'out', 'at'], stance: 'accuse', kind: 'verb' },
  { words: ['ruled', 'out'], stance: 'deny', kind: 'verb' },
  // Speech acts written as a light verb and a noun: the whole phrase is the cue.
  { words: ['made', 'the', 'case'], stance: 'claim', kind: 'verb' },
  { words: ['makes', 'the', 'case'], stance: 'claim', kind: 'verb' },
  { words: ['made', 'clear'], stance: 'assert', kind: 'verb' },
  { words: ['made', 'it', 'clear'], stance: 'assert', kind: 'verb' },
  { words: ['makes', 'clear'], stance: 'assert', kind: 'verb' },
  { words: ['made', 'comments'], stance: 'assert', kind: 'verb' },
  { words: ['made', 'remarks'], stance: 'assert', kind: 'verb' },
  { words: ['put', 'it'], stance: 'assert', kind: 'verb' },
  { words: ['puts', 'it'], stance: 'assert', kind: 'verb' },
  { words: ['sent', 'a', 'letter'], stance: 'assert', kind: 'verb' },
  { words: ['issued', 'a', 'statement'], stance: 'assert', kind: 'verb' },
  { words: ['released', 'a', 'statement'], stance: 'assert', kind: 'verb' },
  { words: ['took', 'to', 'twitter'], stance: 'assert', kind: 'verb' },
  { words: ['came', 'out', 'against'], stance: 'dispute', kind: 'verb' },
  { words: ['came', 'out', 'in', 'favor', 'of'], stance: 'assert', kind: 'verb' },
  { words: ['has', 'gone', 'after'], stance: 'accuse', kind: 'verb' },
  { words: ['went', 'after'], stance: 'accuse', kind: 'verb' },
  { words: ['voted', 'against'], stance: 'dispute', kind: 'verb' },
  { words: ['voted', 'for'], stance: 'assert', kind: 'verb' },
  { words: ['rules', 'out'], stance: 'deny', kind: 'verb' },
  { words: ['pointed', 'out'], stance: 'assert', kind: 'verb' },
  { words: ['points', 'out'], stance: 'assert', kind: 'verb' },
  { words: ['said', 'in', 'a', 'statement'], stance: 'assert', kind: 'verb', cueWords: 1 },
];

/**
 * Verbs that invert with their source ("…," said the minister / "…, argued Smith."): speech verbs only; "…, show a
 * drop" or "…, support the plan" are no inversions.
 */
export const INVERSION_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'added', 'adds', 'asked', 'asks', 'wrote', 'writes', 'told', 'tells', 'explained', 'explains', 'noted', 'notes',
  'continued', 'continues', 'recalled', 'recalls', 'argued', 'argues', 'insisted', 'insists', 'claimed', 'claims', 'countered', 'counters',
  'replied', 'replies', 'responded', 'responds', 'warned', 'warns', 'declared', 'declares', 'stated', 'states', 'observed', 'observes',
  'quipped', 'quips', 'joked', 'jokes', 'admitted', 'admits', 'acknowledged', 'acknowledges', 'conceded', 'concedes', 'suggested',
  'suggests', 'predicted', 'predicts', 'complained', 'complains', 'cautioned', 'cautions', 'concluded', 'concludes', 'estimated',
  'estimates', 'reported', 'reports', 'announced', 'announces', 'confirmed', 'confirms', 'tweeted', 'tweets', 'commented', 'comments',
  'emphasized', 'emphasised', 'stressed', 'stresses', 'urged', 'urges', 'pleaded', 'wondered', 'wonders', 'remarked', 'agreed', 'agrees',
  'maintained', 'maintains', 'lamented', 'laments', 'mused', 'muses', 'boasted', 'boasts', 'promised', 'promises', 'vowed', 'vows',
  'alleged', 'alleges', 'asserted', 'asserts', 'contended', 'contends', 'denied', 'denies', 'retorted', 'retorts', 'shouted', 'yelled',
  'whispered', 'recounted', 'recounts', 'testified', 'posted', 'demanded', 'demands', 'pointed', 'points', 'described', 'describes',
  'repeated', 'repeats', 'blurted', 'advised', 'advises', 'indicated', 'indicates', 'mentioned', 'mentions', 'echoed', 'echoes', 'believed',
  'believes', 'thought', 'thinks', 'wrote', 'read', 'reads', 'shouted', 'yelled', 'chanted', 'sang', 'sings', 'explain', 'added',
]);

/** Hedges: the writer reports without a source. */
export const HEDGES: Readonly<Record<string, Stance>> = table({
  reportedly: 'report', allegedly: 'report', purportedly: 'report', supposedly: 'report', apparently: 'report',
});

/** Auxiliaries and adverbs that belong between a source and its verb ("has also claimed"). */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'was', 'were', 'is', 'are', 'will', 'would', 'could', 'may', 'might', 'did', 'does', 'do',
  'also', 'later', 'previously', 'earlier', 'repeatedly', 'publicly', 'again', 'further', 'then', 'however',
  'reportedly', 'allegedly', 'initially', 'flatly', 'firmly', 'strongly', 'angrily', 'quickly', 'recently',
  'separately', 'privately', 'first', 'not', "n't", 'never', 'still', 'already', 'only', 'even', 'both',
  'often', 'now', 'always', 'long', 'sometimes', 'once', 'ever', 'too',
  "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "doesn't", "didn't", "don't", "won't",
  "wouldn't", "can't", "couldn't", 'cannot', 'can', 'should', 'must', 'shall',
]);

/**
 * Verbs that take a cue as their infinitive and keep its subject: "appeared to blame", "continued to call for",
 * "began to question". The cue as written starts at them.
 */
export const RAISING_VERBS: ReadonlySet<string> = new Set([
  'appear', 'appears', 'appeared', 'seem', 'seems', 'seemed', 'continue', 'continues', 'continued',
  'try', 'tries', 'tried', 'went', 'go', 'goes', 'used', 'rushed', 'moved',
]);

/** Short parentheticals between a subject and its verb ("Pakistan, however, rejected"). */
export const PARENTHETICALS: ReadonlySet<string> = new Set([
  'however', 'meanwhile', 'though', 'in turn', 'for its part', 'for his part', 'for her part', 'for their part',
  'on the other hand', 'in response', 'in a statement', 'in contrast', 'by contrast', 'too', 'also', 'instead',
]);

/** Nouns that make a plausible source when written without a name: "officials said", "citing sources". */
export const SOURCE_NOUNS: Readonly<Record<string, 'group' | 'media' | 'government' | 'military' | 'organization' | 'person'>> = table({
  officials: 'government', official: 'government', authorities: 'government', government: 'government',
  ministry: 'government', spokesman: 'person', spokeswoman: 'person', spokesperson: 'person',
  sources: 'group', source: 'group', witnesses: 'group', witness: 'group', residents: 'group', people: 'group',
  police: 'government', military: 'military', army: 'military', analysts: 'group', experts: 'group',
  diplomats: 'group', diplomat: 'group', observers: 'group', activists: 'group', aides: 'group', aide: 'person',
  reports: 'media', report: 'media', media: 'media', newspaper: 'media', agency: 'media', television: 'media',
  worker: 'person', workers: 'group', rescuer: 'person', rescuers: 'group', doctor: 'person', doctors: 'group',
  medic: 'person', medics: 'group', paramedics: 'group', nurse: 'person', nurses: 'group', survivor: 'person',
  survivors: 'group', villagers: 'group', journalist: 'person', journalists: 'group', general: 'person',
  group: 'group', groups: 'group', organisations: 'group', organizations: 'group', campaigners: 'group',
  lawmakers: 'group', legislators: 'group', leaders: 'group', critics: 'group', supporters: 'group',
  investigators: 'group', prosecutors: 'government', prosecutor: 'person', researchers: 'group', scientists: 'group',
  economists: 'group', lawyers: 'group', lawyer: 'person', attorney: 'person', attorneys: 'group', union: 'organization',
  unions: 'group', committee: 'organization', commission: 'organization', council: 'government', department: 'government',
  campaign: 'organization', company: 'organization', companies: 'group', firm: 'organization', study: 'organization',
  statement: 'organization', data: 'organization', figures: 'organization', survey: 'organization', poll: 'organization',
});

/**
 * Documents and studies as sources: their "found"/"shows" take a plain object ("A 2014 study found 31 cases",
 * "the audit found problems"), where a person's "found" usually does not ("found a way").
 */
export const EVIDENCE_NOUNS: ReadonlySet<string> = new Set([
  'study', 'studies', 'report', 'reports', 'poll', 'polls', 'survey', 'surveys', 'analysis', 'analyses', 'research', 'review',
  'audit', 'investigation', 'investigations', 'probe', 'inquiry', 'memo', 'document', 'documents', 'data', 'figures', 'records',
  'letter', 'complaint', 'lawsuit', 'ruling', 'statement', 'ad', 'ads', 'video', 'footage', 'transcript', 'slide', 'chart',
  'estimate', 'estimates', 'average', 'averages', 'model', 'index', 'census', 'evidence', 'test', 'tests', 'findings',
]);

/** Verbs that take a plain object when their source is a document or a study (EVIDENCE_NOUNS). */
export const EVIDENCE_VERBS: ReadonlySet<string> = new Set([
  'find', 'finds', 'found', 'confirm', 'confirms', 'confirmed', 'estimate', 'estimates', 'estimated',
  // "A new poll shows the mayor leading", "the records reveal large transfers".
  'show', 'shows', 'showed', 'reveal', 'reveals', 'revealed', 'suggest', 'suggests', 'suggested', 'indicate', 'indicates', 'indicated',
]);

/**
 * Decisions by an authority (not in REPORTING_VERBS), read as attributions only in the passive with their agent ("the ruling was overturned
 * by an appeals court", "the bill was passed by Congress"); the active forms are too often plain actions.
 */
export const PASSIVE_AGENT_VERBS: ReadonlySet<string> = new Set([
  'passed', 'overturned', 'overruled', 'upheld', 'appointed', 'nominated', 'seconded', 'approved', 'vetoed', 'ratified',
  'adopted', 'authorized', 'authorised', 'ordered', 'imposed', 'introduced', 'sponsored', 'commissioned', 'mandated',
  'blocked', 'signed',
]);

/**
 * Messages a source sends: after a verb of sending ("released a letter", "unveiled a proposal") the pair is a cue, and
 * a participle of saying after them speaks for the sender ("issued a statement saying …").
 */
export const MESSAGE_NOUNS: ReadonlySet<string> = new Set([
  'statement', 'statements', 'letter', 'letters', 'tweet', 'tweets', 'post', 'posts', 'message', 'messages', 'email', 'emails',
  'video', 'ad', 'ads', 'note', 'memo', 'release', 'op-ed', 'column', 'petition', 'resolution', 'complaint', 'filing', 'motion',
  'brief', 'proposal', 'proposals', 'paper', 'report', 'reports', 'ultimatum', 'manifesto', 'open letter',
]);

/** Verbs of sending a message (MESSAGE_NOUNS): "released a letter", "issued a policy paper", "unveiled a proposal". */
export const MESSAGE_VERBS: ReadonlySet<string> = new Set([
  'issue', 'issues', 'issued', 'release', 'releases', 'released', 'send', 'sends', 'sent', 'publish', 'publishes', 'published',
  'unveil', 'unveils', 'unveiled', 'post', 'posts', 'posted', 'file', 'files', 'filed', 'submit', 'submits', 'submitted', 'air', 'aired',
]);

/** Words that read as media outlets when they are the source. */
export const MEDIA_WORDS: ReadonlySet<string> = new Set([
  'reuters', 'ap', 'afp', 'bbc', 'cnn', 'associated', 'press', 'times', 'post', 'journal', 'news', 'agency',
  'tv', 'television', 'radio', 'newspaper', 'daily', 'gazette', 'tribune', 'herald', 'guardian', 'telegraph',
  'bloomberg', 'xinhua', 'tass', 'al', 'jazeera', 'nbc', 'abc', 'cbs', 'fox', 'npr', 'pbs', 'media',
]);

/** Personal pronouns as sources: pronoun → what it can refer to. */
export const PRONOUN_SOURCES: Readonly<Record<string, 'person' | 'group' | 'thing'>> = table({
  he: 'person', she: 'person', i: 'person', we: 'group', they: 'group', it: 'thing',
});

/** Line labels that name a section or a kind of item, never a speaker ("UPDATE: …", "Editor's note: …"). */
export const NOT_SPEAKER_LABELS: ReadonlySet<string> = new Set([
  'update', 'updated', 'note', "editor's note", 'editors note', 'correction', 'clarification', 'related', 'read more',
  'watch', 'video', 'photo', 'photos', 'image', 'caption', 'source', 'sources', 'credit', 'breaking', 'exclusive',
  'analysis', 'opinion', 'comment', 'live', 'q', 'a', 'question', 'answer', 'warning', 'disclaimer', 'advertisement',
  'more', 'see also', 'also', 'topics', 'tags', 'contact', 'email', 'follow', 'subscribe', 'share', 'listen',
  'transcript', 'summary', 'background', 'context', 'timeline', 'key figures', 'deaths', 'injured', 'missing',
  'arrested', 'displaced', 'casualties', 'location', 'date', 'time', 'status', 'total', 'toll', 'death toll',
]);

/** Nouns that describe a person by role or kin: "his father, Ernie LeBlanc, says", "the group's spokesman, Zhao Mingde". */
export const PERSON_ROLES: ReadonlySet<string> = new Set([
  'father', 'mother', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'aunt', 'uncle', 'cousin', 'grandmother',
  'grandfather', 'niece', 'nephew', 'partner', 'friend', 'neighbour', 'neighbor', 'widow', 'fiancee', 'fiance',
  'spokesman', 'spokeswoman', 'spokesperson', 'director', 'president', 'chairman', 'chairwoman', 'chair', 'head', 'chief',
  'minister', 'secretary', 'governor', 'mayor', 'commander', 'general', 'officer', 'official', 'lawyer', 'attorney',
  'counsel', 'manager', 'founder', 'owner', 'coach', 'captain', 'leader', 'executive', 'ceo', 'editor', 'professor',
  'doctor', 'physician', 'surgeon', 'analyst', 'economist', 'researcher', 'scientist', 'expert', 'adviser', 'advisor',
  'aide', 'ambassador', 'envoy', 'judge', 'prosecutor', 'senator', 'representative', 'member', 'candidate', 'nominee',
  'keeper', 'principal', 'teacher', 'superintendent', 'commissioner', 'inspector', 'sheriff', 'deputy', 'organiser',
  'organizer', 'resident', 'witness', 'survivor', 'victim', 'student', 'worker', 'employee', 'colleague', 'author',
]);
