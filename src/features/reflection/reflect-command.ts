import { reflectNow } from './reflect-now';
import type { CommandHandler } from '../turn';

export const reflectCommand: CommandHandler = async (turn, _command, services) => {
  if (!turn.person) return;
  await reflectNow(turn, services);
};
