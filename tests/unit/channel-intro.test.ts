import { COMMAND_CATALOG } from '../../src/features/registry';
import { renderChannelHelp } from '../../src/cards/talk-card';

describe('Positie in a channel', () => {
  it('when it introduces itself, then "Typ @Positie en dan:" follows the sentence that says what it does here', () => {
    const intro = JSON.stringify(renderChannelHelp('nl', undefined, COMMAND_CATALOG.helpLines('conversation', 'nl', 'help'), true));
    expect(intro).toContain('In dit kanaal kan ik een anonieme teamcheck-in houden');
    expect(intro).toContain('"text":"Typ **@Positie** en dan:"');
    expect(intro).not.toContain('Noem me');
  });

  it('when the channel help stands alone, then it says what Positie does here once, and how to ask', () => {
    const help = JSON.stringify(renderChannelHelp('nl', undefined, COMMAND_CATALOG.helpLines('conversation', 'nl', 'help')));
    expect(help).toContain('"text":"Hier kan ik een anonieme teamcheck-in houden. Typ **@Positie** en dan:"');
    expect(JSON.stringify(renderChannelHelp('en', undefined, COMMAND_CATALOG.helpLines('conversation', 'en', 'help'), true))).toContain('"text":"Type **@Positie** followed by:"');
  });
});
