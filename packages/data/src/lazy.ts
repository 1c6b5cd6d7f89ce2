import type { Cell } from './types.js';

/**
 * A batch's column list whose columns are made on first read (`make(c)`, once), for readers that keep
 * cells in another form (offsets into CSV text, typed Parquet arrays) until a check asks for them.
 */
export function lazyColumns(width: number, make: (c: number) => Cell[]): Cell[][] {
  // no holes: array methods (map, forEach) see every index
  const made: Cell[][] = new Array<Cell[]>(width).fill(undefined as unknown as Cell[]);
  return new Proxy(made, {
    get: (target, key, receiver) => {
      if (typeof key === 'string') {
        const c = key.charCodeAt(0) - 48;
        if (c >= 0 && c <= 9) {
          const k = Number(key);
          if (Number.isInteger(k) && k < width) return (target[k] ??= make(k));
        }
      }
      return Reflect.get(target, key, receiver);
    },
  });
}
