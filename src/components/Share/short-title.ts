/**
 * A paper's title short enough for a button's label: cut at a word boundary near `max`
 * characters, with an ellipsis (a title alone can run to 200 characters).
 */
export function shortTitle(title: string, max = 60): string {
  const whole = title.trim();
  if (whole.length <= max) return whole;
  const head = whole.slice(0, max + 1);
  const space = head.lastIndexOf(' ');
  // A word longer than half the label is cut inside it rather than leave a stub.
  const cut = space > max / 2 ? head.slice(0, space) : whole.slice(0, max);
  return `${cut.replace(/[\s,;:.\-–—(]+$/u, '')}…`;
}
