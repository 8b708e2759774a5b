/**
 * A hand-built ExtractionResult for a short invented article, so the report can be tested whatever
 * the recognisers find today. Offsets are computed from the text, never typed by hand.
 */
import { SCHEMA_VERSION, type ExtractionResult, type Span } from '../../src/schema.js';

export const SAMPLE_TEXT = [
  'Rebels Say Dozens of Troops Killed Near Varnesk',
  '',
  'The Northern Front claimed that as many as 40 government soldiers were killed near Varnesk on Monday.',
  'The army rejected the figure and said 12 of its troops died. <img src=x onerror="alert(1)"> & <b>bold</b>',
  '',
  '  • Northern Front claim: 40 soldiers killed',
].join('\n');

/** The span of the n-th occurrence of `needle` (0-based) in the sample text. */
export function at(needle: string, nth = 0, text = SAMPLE_TEXT): Span {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`sample: "${needle}" #${nth} not found`);
  }
  return { start: i, end: i + needle.length, text: needle };
}

const sentence1 = at('The Northern Front claimed that as many as 40 government soldiers were killed near Varnesk on Monday.');
const sentence2 = at('The army rejected the figure and said 12 of its troops died.');

export const SAMPLE_RESULT: ExtractionResult = {
  schemaVersion: SCHEMA_VERSION,
  actors: [
    { id: 'actor-1', name: 'Northern Front', kind: 'armed_group', aliases: [], mentions: [at('Northern Front', 0), at('Northern Front', 1)], rule: 'actors/test' },
    { id: 'actor-2', name: 'the army', kind: 'military', aliases: [], mentions: [at('The army')], rule: 'actors/test' },
  ],
  locations: [
    { id: 'location-1', name: 'Varnesk', kind: 'city', mentions: [at('Varnesk', 0), at('Varnesk', 1)], rule: 'locations/test' },
  ],
  claims: [
    {
      id: 'claim-1', value: 40, max: 40, qualifier: 'up_to', category: 'casualty', counted: 'government soldiers',
      event: 'killed', locationIds: ['location-1'], attributionId: 'attribution-1', sourceId: 'actor-1',
      span: at('as many as 40'), sentence: sentence1, rule: 'quantities/test',
    },
    {
      id: 'claim-2', value: 12, qualifier: 'exact', category: 'casualty', counted: 'troops', countedActorId: 'actor-2',
      event: 'died', locationIds: [], attributionId: 'attribution-3', sourceId: 'actor-2',
      span: at('12'), sentence: sentence2, rule: 'quantities/test',
    },
    {
      id: 'claim-3', value: 40, qualifier: 'exact', category: 'casualty', counted: 'soldiers', event: 'killed',
      locationIds: [], attributionId: 'attribution-4', sourceId: 'actor-1', repeatOfId: 'claim-1',
      span: at('40', 1), sentence: at('Northern Front claim: 40 soldiers killed'), rule: 'quantities/test',
    },
  ],
  attributions: [
    {
      id: 'attribution-1', sourceId: 'actor-1', sourceText: 'The Northern Front', cue: 'claimed', stance: 'claim', direct: false,
      content: at('as many as 40 government soldiers were killed near Varnesk on Monday'),
      span: at('The Northern Front claimed that as many as 40 government soldiers were killed near Varnesk on Monday'),
      claimIds: ['claim-1'], rule: 'attributions/test',
    },
    {
      // Crosses the next attribution: "rejected the figure and said" share a subject.
      id: 'attribution-2', sourceId: 'actor-2', sourceText: 'The army', cue: 'rejected', stance: 'deny', direct: false,
      content: at('the figure'), span: at('The army rejected the figure and said'), claimIds: [], targetId: 'claim-1',
      rule: 'attributions/test',
    },
    {
      id: 'attribution-3', sourceId: 'actor-2', sourceText: 'The army', cue: 'said', stance: 'assert', direct: false,
      content: at('12 of its troops died'), span: at('figure and said 12 of its troops died'), claimIds: ['claim-2'],
      rule: 'attributions/test',
    },
    {
      id: 'attribution-4', sourceId: 'actor-1', sourceText: 'Northern Front', cue: 'claim', stance: 'claim', direct: false,
      content: at('40 soldiers killed'), span: at('Northern Front claim: 40 soldiers killed'), claimIds: ['claim-3'],
      rule: 'attributions/test',
    },
  ],
  contested: [
    {
      id: 'contested-1', about: 'government soldiers killed', claimIds: ['claim-1', 'claim-2'], values: [40, 12],
      sourceIds: ['actor-1', 'actor-2'], kind: 'contested', rule: 'contested/test',
    },
  ],
  dates: [
    { id: 'date-1', span: at('Monday'), granularity: 'day', certainty: 'unresolved', rule: 'dates/test' },
  ],
  meta: { id: 'sample-1', chars: SAMPLE_TEXT.length },
};
