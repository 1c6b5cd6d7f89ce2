import type { Readable } from 'node:stream';

/**
 * The lines of a text stream, a chunk's worth at a time (one await per chunk, not per line: the
 * replay's hot path). Line endings \n and \r\n; the last line may lack one.
 */
export async function* lineChunks(stream: Readable): AsyncGenerator<string[]> {
  stream.setEncoding('utf8');
  let rest = '';
  for await (const chunk of stream as AsyncIterable<string>) {
    const parts = (rest + chunk).split('\n');
    rest = parts.pop()!;
    for (let i = 0; i < parts.length; i++) if (parts[i]!.endsWith('\r')) parts[i] = parts[i]!.slice(0, -1);
    if (parts.length) yield parts;
  }
  if (rest !== '') yield [rest.endsWith('\r') ? rest.slice(0, -1) : rest];
}
