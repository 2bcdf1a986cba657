import { renderWelcome } from '../../cards/welcome-card';
import { sendCard } from '../../teams/card-reply';
import type { Turn } from '../turn';

export async function sendWelcome(turn: Turn): Promise<void> {
  await sendCard(turn.context, renderWelcome(turn.locale));
}
