import type { ActionHandler } from '../turn';
import { checkinActionHandlers } from '../checkin/checkin-actions';
import { coachActionHandlers } from '../coach';
import { answerAction } from './answer-action';
import { reflectAsAction } from './reflect-as-action';
import { saveSettingsAction } from '../settings/save-settings-action';
import { editAction } from './edit-action';
import { skipAction } from './skip-action';
import { snoozeAction } from './snooze-action';
import { privacyActionHandlers } from '../../privacy';

/** Card verbs (Action.Execute), one handler each. */
export const actionHandlers: Record<string, ActionHandler> = {
  answer: answerAction,
  edit: editAction,
  snooze: snoozeAction,
  skip: skipAction,
  saveSettings: saveSettingsAction,
  reflectAs: reflectAsAction,
  ...checkinActionHandlers,
  ...coachActionHandlers,
  ...privacyActionHandlers,
};
