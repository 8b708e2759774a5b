/** The visual report: renderReport for one article, renderIndex for a batch. */
export { renderReport, renderIndex, type ReportOptions, type IndexEntry } from './render.js';
