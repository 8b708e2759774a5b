/**
 * Hedges before (or after) a figure → qualifier. Phrases are lower case, tokens separated by one space,
 * and match the tokens just before the number. Interval each gives (see schema Qualifier):
 * exact [v,v]; approximate: value only; at_least / more_than: min = v; at_most / up_to: max = v.
 */
import type { Qualifier } from '../schema.js';
import { table } from './table.js';

export const QUALIFIERS_BEFORE: Readonly<Record<string, Qualifier>> = table({
  // as many as 58 → at most 58 (CoreNLP's reading)
  'as many as': 'up_to', 'up to': 'up_to', 'as much as': 'up_to', 'as high as': 'up_to',
  'at most': 'at_most', 'no more than': 'at_most', 'not more than': 'at_most', 'fewer than': 'at_most',
  'less than': 'at_most', 'under': 'at_most', 'below': 'at_most', 'a maximum of': 'at_most', 'maximum of': 'at_most',
  'less than or equal to': 'at_most', 'fewer than or equal to': 'at_most', 'greater than or equal to': 'at_least',
  'more than or equal to': 'at_least', 'at least': 'at_least', 'no fewer than': 'at_least', 'no less than': 'at_least', 'not less than': 'at_least',
  'a minimum of': 'at_least', 'minimum of': 'at_least', 'at a minimum': 'at_least',
  'more than': 'more_than', 'over': 'more_than', 'upwards of': 'more_than', 'upward of': 'more_than',
  'in excess of': 'more_than', 'greater than': 'more_than', 'above': 'more_than', 'exceeding': 'more_than',
  'nearly': 'approximate', 'almost': 'approximate', 'about': 'approximate', 'around': 'approximate',
  'some': 'approximate', 'roughly': 'approximate', 'approximately': 'approximate', 'approx': 'approximate',
  'an estimated': 'approximate', 'estimated': 'approximate', 'close to': 'approximate', 'nearly all': 'approximate',
  'circa': 'approximate', 'an approximate': 'approximate', 'just over': 'more_than', 'just under': 'at_most',
  'well over': 'more_than', 'more or less': 'approximate', 'some estimated': 'approximate',
  // running tolls: the figure reached is stated as such
  'rose to': 'exact', 'climbed to': 'exact', 'risen to': 'exact', 'jumped to': 'exact', 'reached': 'exact',
  'increased to': 'exact', 'stood at': 'exact', 'stands at': 'exact', 'put at': 'exact',
});

/** Hedges after the figure (and its counted noun, for "or more"): "58 or more", "about 40 or so". */
export const QUALIFIERS_AFTER: Readonly<Record<string, Qualifier>> = table({
  'or more': 'at_least', 'and more': 'at_least', 'or over': 'at_least', 'plus': 'at_least', 'or so': 'approximate',
  'or fewer': 'at_most', 'or less': 'at_most', 'at least': 'at_least', 'at most': 'at_most',
});

/** Words joining the two ends of a range: "between 20 and 30", "20 to 30", "20-30", "two or three". */
export const RANGE_JOINERS: ReadonlySet<string> = new Set(['to', '-', 'and', 'or']);
