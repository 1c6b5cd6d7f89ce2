/** One cell as a reader gives it: CSV gives strings (or null), JSON Lines and Parquet give typed values. */
export type Cell = string | number | boolean | bigint | null | Date | object;

/**
 * Rows in column-major order: `values[c][r]` is the cell of column `columns[c]` in row `r` of the batch.
 * `rowStart` is the 0-based index of the batch's first row in the whole table; `lines` (CSV, JSON Lines)
 * holds the 1-based source line where each row starts, for messages that point at the data.
 */
export interface Batch {
  columns: string[];
  values: Cell[][];
  length: number;
  rowStart: number;
  lines?: Int32Array;
  /**
   * CSV/TSV: column `c` read as numbers straight from the text (NaN where a cell is null or not a
   * number) and which cells are null, without making strings of plain decimals; the same figures as
   * `parseNumber` on `values[c]`. Parquet: a column of plain numbers as doubles (NaN where missing),
   * exact for integers up to 2^53. Undefined for a column not read, and for other typed columns.
   */
  numbers?(c: number): NumericCells | undefined;
  /** CSV/TSV, Parquet: which cells of column `c` are missing values (1: null, or a NaN number), without making the others' cells. */
  nulls?(c: number): Uint8Array | undefined;
  /** One cell as `values[c][r]` gives it, without making the column's other cells (CSV/TSV, Parquet). */
  cell?(c: number, r: number): Cell;
  /**
   * Parquet: a dictionary-encoded column's cells as indices into one dictionary (-1 for a null), when
   * every row of the batch comes from pages of that dictionary. CSV/TSV: the column's cells as indices
   * into the batch's distinct texts, when they are few (at most a quarter of the rows). Undefined
   * otherwise. A check can then judge each distinct value once.
   */
  codes?(c: number): DictionaryCells | undefined;
  /**
   * The consumer is done with the batch (CSV/TSV; Parquet: once every batch of a row group is): its arrays are reused for the batches after it, so
   * nothing `numbers`, `nulls` or `codes` gave may be read after this (cells and values made stay valid).
   */
  release?(): void;
  /** The rows of the whole table, when the reader knows them before reading them (one Parquet file: its metadata's count). */
  tableRows?: number;
}

/** A column as indices into its dictionary: `dict[codes[r]]` is row r's cell, and a code of -1 a null. */
export interface DictionaryCells {
  codes: Int32Array;
  dict: ArrayLike<Cell>;
}

/** A text column read as numbers: `x[r]` (NaN for a null or a cell that is not a number) and `nulls[r]` (1 for a missing value). */
export interface NumericCells {
  x: Float64Array;
  nulls: Uint8Array;
}

export type Format = 'csv' | 'tsv' | 'jsonl' | 'parquet';

export interface ReadOptions {
  /** Rows per batch (default 2048: small batches keep the young generation small, so GC stays cheap). */
  batchSize?: number;
  /** Cells read as missing in CSV/TSV (default: the same list as pandas' `read_csv`). */
  nullValues?: readonly string[];
  /** The longest record (CSV/TSV) or line (JSON Lines) accepted, in characters (default 64 Mi: `DEFAULT_MAX_RECORD_SIZE`); a longer one is a `DataError` at its line. */
  maxRecordSize?: number;
  /**
   * Only these columns' cells are read (CSV/TSV scan the other fields without copying them, Parquet
   * does not decode them; JSON Lines reads everything). Batches still name every column of the table;
   * the value list of a column not read is empty.
   */
  columns?: readonly string[];
  /**
   * CSV/TSV, one plain file: read only the records in bytes `start`–`end` (`start` must be the start of a
   * record, after the header, whose names are given). Rows are numbered from 0 and lines from 1 at
   * `start`. `done` is told the line after the part's last record, and whether the part ended between
   * two records (when not, no last batch is given: the part was cut inside a quoted field).
   */
  range?: { start: number; end?: number; header: string[]; done?: (end: { line: number; clean: boolean }) => void };
}

/** A table read in one streaming pass. */
export interface TableSource {
  files: string[];
  format: Format;
  /** Column names in file order, known after the header (CSV) or footer (Parquet); JSON Lines: after the first row. */
  batches(): AsyncGenerator<Batch>;
}
