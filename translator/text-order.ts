// One fixed order for every sort that shapes the output: UTF-16 code units, the same on every
// machine. String.prototype.localeCompare follows the machine's locale, so output would depend on
// LANG, and it is slow.
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
