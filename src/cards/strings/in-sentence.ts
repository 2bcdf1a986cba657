/**
 * Role names and pole labels start with a capital where they stand alone (a chart legend, a
 * choice); inside a sentence they read as ordinary words: "de verbinder", "meer naar grondigheid".
 */
export function inSentence(name: string): string {
  return name.charAt(0).toLocaleLowerCase('nl') + name.slice(1);
}
