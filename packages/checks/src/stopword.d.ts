/** The lists this project reads from the `stopword` package (it ships no type declarations). */
declare module 'stopword' {
  export const eng: string[];
  export const deu: string[];
  export const fra: string[];
  export const spa: string[];
  export const nld: string[];
  export const ita: string[];
  export const por: string[];
}
