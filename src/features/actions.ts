import type { ActionHandler } from './turn';
import { checkinActionHandlers } from './checkins/checkin-actions';
import { coachActionHandlers } from './coaching';
import { answerAction } from './reflection/answer-action';
import { reflectAsAction } from './reflection/reflect-as-action';
import { saveSettingsAction } from './settings/save-settings-action';
import { editAction } from './reflection/edit-action';
import { skipAction } from './reflection/skip-action';
import { snoozeAction } from './reflection/snooze-action';
import { privacyActionHandlers } from './privacy';

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
