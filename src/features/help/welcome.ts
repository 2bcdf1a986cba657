import { renderWelcome } from '../../cards/welcome-card';
import type { Turn } from '../turn';

/** The first card someone sees after installing Positie in their personal chat. */
export async function sendWelcome(turn: Turn): Promise<void> {
  await turn.reply(renderWelcome(turn.locale));
}
