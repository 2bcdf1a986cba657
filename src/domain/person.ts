import type { PersonSettings } from './person-settings';
import type { PromptSeen } from './rotation';

export interface Person {
  key: string;
  tenantId: string;
  aadObjectId: string;
  /** Display name, shown only to coaches the person invited. */
  name: string;
  settings: PersonSettings;
  /** False after Teams answered 403 (bot removed or blocked); true again on the next message. */
  active: boolean;
  createdAt: string;
  /**
   * Recent prompt picks, kept on the profile so a scheduled prompt needs no history query.
   * Undefined for profiles from before it was kept: their history is read from the deliveries.
   */
  promptHistory?: PromptSeen[];
  etag?: string;
}
