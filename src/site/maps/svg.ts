/** Escapes text for SVG/XML content and attribute values (names come from the authority files). */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/gu, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);
}

/** A number for an SVG attribute, rounded to one decimal (pages stay light). */
export function round(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/**
 * Rewrites path data of absolute moves and lines (`M12.3,4.5L13,4.7Z`, what
 * d3-geo writes) as relative commands (`m12.3 4.5l.7.2z`): the small steps
 * between neighbouring points take fewer characters, about halving a map.
 * Steps are computed in tenths from the rounded points, so nothing drifts.
 */
export function compactPath(d: string): string {
  let out = '';
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let previous = '';
  for (const [, command, numbers] of d.matchAll(/([MLZmlz])([^MLZmlz]*)/gu)) {
    if (command === 'Z' || command === 'z') {
      out += 'z';
      x = startX;
      y = startY;
      previous = 'z';
      continue;
    }
    const values = numbers
      .split(/[\s,]+/u)
      .filter(Boolean)
      .map((value) => Math.round(Number(value) * 10));
    for (let i = 0; i + 1 < values.length; i += 2) {
      const isMove = command === 'M' && i === 0;
      const dx = values[i] - x;
      const dy = values[i + 1] - y;
      const letter = isMove ? 'm' : 'l';
      const pair = `${tenths(dx)}${dy < 0 ? '' : ' '}${tenths(dy)}`;
      // A repeated `l` can be left out; a number after a command letter needs no space.
      out += letter === previous ? (dx < 0 ? pair : ` ${pair}`) : `${letter}${pair}`;
      previous = letter === 'm' ? 'l' : letter; // after m, further pairs are lines
      x = values[i];
      y = values[i + 1];
      if (isMove) {
        startX = x;
        startY = y;
      }
    }
  }
  return out;
}

function tenths(value: number): string {
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  const whole = Math.floor(abs / 10);
  const fraction = abs % 10;
  if (fraction === 0) return `${sign}${whole}`;
  return `${sign}${whole === 0 ? '' : whole}.${fraction}`;
}
