/** The little of jsdom the chart test uses (@types/jsdom pulls another @types/node into the workspace). */
declare module 'jsdom' {
  export class JSDOM {
    constructor(html: string);
    readonly window: Window & typeof globalThis;
  }
}
