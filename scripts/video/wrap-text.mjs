/**
 * Breaks text into lines of at most `maxChars` characters at spaces. A word longer than a whole
 * line is cut into pieces, so that no line ever runs off a slide or a caption box.
 * @param {string} text
 * @param {number} maxChars
 * @returns {string[]}
 */
export function wrapLines(text, maxChars) {
  if (!Number.isInteger(maxChars) || maxChars < 1)
    throw new RangeError(`maxChars must be a positive integer, got ${maxChars}`);
  const lines = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    for (const piece of piecesOf(word, maxChars)) {
      if (line === '') line = piece;
      else if (line.length + 1 + piece.length <= maxChars) line += ` ${piece}`;
      else {
        lines.push(line);
        line = piece;
      }
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** @param {string} word @param {number} maxChars */
function piecesOf(word, maxChars) {
  const pieces = [];
  for (let at = 0; at < word.length; at += maxChars) pieces.push(word.slice(at, at + maxChars));
  return pieces;
}
