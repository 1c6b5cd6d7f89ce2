export * from './types.js';
export * from './typing.js';
export { CsvParser, DEFAULT_MAX_RECORD_SIZE } from './csv.js';
export { openTable, detectFormat, expandFiles, readColumnNames, cutPoints } from './source.js';
export { textChunks } from './text.js';
export { readJsonLines } from './jsonl.js';
export { readParquet } from './parquet.js';
