import type { AdaptiveCard } from '../cards/template-cache';
import type { Locale } from '../content/types';
import type { ConversationRef } from '../domain/conversation-ref';
import type { Person } from '../domain/person';

/** Who is acting, taken from the activity only (never from card data). */
export interface TurnIdentity {
  tenantId: string;
  aadObjectId: string;
  name: string;
  /** Teams' conversation type: personal, groupChat or channel. */
  conversationType: 'personal' | 'groupChat' | 'channel';
}

/**
 * One incoming message or card click, as features see it: who, in which language, where, and
 * a way to answer. It knows nothing of the Teams SDK; the edge (src/teams) builds it.
 */
export interface Turn {
  identity: TurnIdentity;
  locale: Locale;
  /** The sender's profile; present in personal chat. */
  person?: Person;
  /**
   * True when this activity made the profile: the person's first contact, or their return after
   * erasing their data. Features decide what that means (the welcome, src/features/help).
   */
  newcomer?: boolean;
  /** This conversation, without the member who acted: where cards for everyone in it go. */
  conversation: ConversationRef & { conversation: { id: string } };
  /** Sends a card into this conversation; resolves with the message id Teams gave it. */
  reply(card: AdaptiveCard): Promise<string | undefined>;
}

/** A turn in someone's personal chat with Positie: their profile is there. */
export type PersonalTurn = Turn & { person: Person };
