import { inertName, inertText, isBlankName, plainName, visibleName } from '../../src/cards/inert-text';

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

describe('names that hide or pose', () => {
  it('when a name carries bidi controls, zero-width or other invisible characters, then they are gone', () => {
    expect(inertName('Jan\u202e\u200b de\u2066 Vries\u2069\u200d')).toBe('Jan de Vries');
    expect(inertName('\u061cPetra\u00ad\u2060\ufeff \u200f')).toBe('Petra');
    expect(inertName('Ma\u{e0041}rk')).toBe('Mark');
    expect(visibleName('An\u3164ne')).toBe('Anne');
  });

  it('when nothing visible is left, then a neutral word stands in, in the reader\'s language', () => {
    for (const blank of ['', '   ', '\u200b\u200c\u200d', '\u3164\u115f', '\u202e\u202c', '\u2800']) {
      expect(isBlankName(blank)).toBe(true);
      expect(inertName(blank)).toBe('Naamloos');
      expect(inertName(blank, 'en')).toBe('Unnamed');
      expect(plainName(blank, 'en')).toBe('Unnamed');
    }
  });

  it('when a name piles combining marks on a letter, then at most three stay', () => {
    expect(visibleName(`Z${'\u0301'.repeat(40)}oë`)).toBe('Z\u0301\u0301\u0301oë');
  });

  it('when a name is ordinary in any script, then it stays as typed; a button title is not escaped', () => {
    for (const name of ['Émile Zola', 'Ilse van Dijk-Öztürk', 'محمد الحسن', 'דנה לוי', '李小龙', 'Anne-Marie 👩‍💼']) {
      expect(visibleName(name)).toBe(name.replace('\u200d', ''));
    }
    expect(plainName('**Baas** [x](y)')).toBe('**Baas** [x](y)');
  });

  it('when a note carries a right-to-left override, then it is gone and the lines stay', () => {
    expect(inertText('eerste \u202eregel\ntweede')).toBe('eerste regel\ntweede');
  });
});
