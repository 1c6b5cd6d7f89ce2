/** Python `datetime.strptime` for a format: the whole text must match, with valid field ranges. */
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

type Field = 'Y' | 'y' | 'm' | 'd' | 'H' | 'I' | 'M' | 'S' | 'f' | 'j' | 'b' | 'B' | 'a' | 'A' | 'p' | 'z' | 'Z' | 'w' | 'U' | 'W';

const PART: Record<string, string> = {
  Y: '(\\d{4})',
  y: '(\\d{2})',
  m: '(\\d{1,2})',
  d: '(\\d{1,2})',
  H: '(\\d{1,2})',
  I: '(\\d{1,2})',
  M: '(\\d{1,2})',
  S: '(\\d{1,2})',
  f: '(\\d{1,6})',
  j: '(\\d{1,3})',
  b: `(${MONTH_NAMES.map((m) => m.slice(0, 3)).join('|')})`,
  B: `(${MONTH_NAMES.join('|')})`,
  a: `(${DAY_NAMES.map((m) => m.slice(0, 3)).join('|')})`,
  A: `(${DAY_NAMES.join('|')})`,
  p: '(am|pm)',
  z: '([+-]\\d{2}:?\\d{2}(?::?\\d{2})?|z)',
  Z: '(utc|gmt|[a-z]{3,4})?',
  w: '([0-6])',
  U: '(\\d{1,2})',
  W: '(\\d{1,2})',
};

export function strftimeMatcher(format: string): (s: string) => boolean {
  let re = '^';
  const fields: Field[] = [];
  for (let i = 0; i < format.length; i++) {
    const ch = format[i]!;
    if (ch === '%' && i + 1 < format.length) {
      const f = format[++i]!;
      if (f === '%') re += '%';
      else if (PART[f]) {
        re += PART[f];
        fields.push(f as Field);
      } else throw new Error(`unsupported strftime directive %${f}`);
    } else if (/\s/.test(ch)) re += '\\s+';
    else re += ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  const rx = new RegExp(`${re}$`, 'i');
  return (s) => {
    const m = rx.exec(s);
    if (!m) return false;
    let year = 1900;
    let month = 1;
    let day = 1;
    for (let k = 0; k < fields.length; k++) {
      const v = m[k + 1] ?? '';
      const n = Number(v);
      switch (fields[k]) {
        case 'Y':
          year = n;
          break;
        case 'y':
          year = n < 69 ? 2000 + n : 1900 + n;
          break;
        case 'm':
          if (n < 1 || n > 12) return false;
          month = n;
          break;
        case 'b':
        case 'B':
          month = MONTH_NAMES.findIndex((x) => x.startsWith(v.toLowerCase().slice(0, 3))) + 1;
          break;
        case 'd':
          if (n < 1 || n > 31) return false;
          day = n;
          break;
        case 'H':
          if (n > 23) return false;
          break;
        case 'I':
          if (n < 1 || n > 12) return false;
          break;
        case 'M':
          if (n > 59) return false;
          break;
        case 'S':
          if (n > 61) return false;
          break;
        case 'j':
          if (n < 1 || n > 366) return false;
          break;
        case 'U':
        case 'W':
          if (n > 53) return false;
          break;
        default:
          break;
      }
    }
    const dim = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return day <= dim;
  };
}
