import { extract } from '../../src/extract.js';

/**
 * The resolved speaker name of the attribution whose content holds `quote` (undefined when none).
 * With `showUnresolved`, a source without an actor shows as its text in brackets: "(the painters)".
 */
export function speakerOf(text: string, quote: string, showUnresolved = false): string | undefined {
  const r = extract(text);
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`not in text: ${quote}`);
  const a = r.attributions.find((x) => x.content.start <= start && start < x.content.end);
  if (!a) return undefined;
  const name = r.actors.find((x) => x.id === a.sourceId)?.name;
  return name ?? (showUnresolved ? `(${a.sourceText})` : undefined);
}
