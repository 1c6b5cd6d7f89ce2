import { JSDOM } from 'jsdom';

/** Mermaid's own parser (mermaid 11 needs a DOM for DOMPurify: jsdom's window as globals). */
export async function mermaidParser(): Promise<(text: string) => Promise<unknown>> {
  const dom = new JSDOM('<!doctype html><body></body>');
  Object.assign(globalThis, { window: dom.window, document: dom.window.document, DOMParser: dom.window.DOMParser, Element: dom.window.Element });
  const mermaid = (await import('mermaid')).default;
  return (text) => mermaid.parse(text);
}
