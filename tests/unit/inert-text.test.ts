import { inertName, inertText } from '../../src/cards/inert-text';

describe('text from people in markdown TextBlocks', () => {
  it('when a name is a markdown link, then its brackets are escaped and no link remains', () => {
    const shown = inertName('[klik hier](https://evil.example/steal)');
    expect(shown).toBe('\\[klik hier\\](https://evil.example/steal)');
    expect(shown).not.toMatch(/(?<!\\)\[[^\]]*(?<!\\)\]\(/);
  });

  it('when a name has emphasis, code, html or a pipe, then each marker is escaped', () => {
    expect(inertName('**Baas** _x_ `y` <b>z</b> ~~s~~ a|b')).toBe('\\*\\*Baas\\*\\* \\_x\\_ \\`y\\` \\<b\\>z\\</b\\> \\~\\~s\\~\\~ a\\|b');
  });

  it('when a name spans lines or starts like a list or heading, then it is one line and the marker is escaped', () => {
    expect(inertName('# Kop\n- punt')).toBe('\\# Kop - punt');
    expect(inertName('1. Eerste')).toBe('1\\. Eerste');
  });

  it('when a name is ordinary, then it stays exactly as typed', () => {
    for (const name of ['Anne-Marie de Vries', 'J. van den Berg', "Sanne O'Neil", 'Émile Zola (extern)', 'Test Persoon 3']) expect(inertName(name)).toBe(name);
  });

  it('when a note has several lines, then the breaks stay and every line is escaped on its own', () => {
    expect(inertText('- eerste\r\n2) tweede\n> citaat\ngewoon [a](b)')).toBe('\\- eerste\n2\\) tweede\n\\> citaat\ngewoon \\[a\\](b)');
  });

  it('when a backslash is typed, then it is escaped too, so it cannot undo the escaping', () => {
    expect(inertName('\\[x](y)')).toBe('\\\\\\[x\\](y)');
  });
});
