/**
 * What a person lets a coach see. Role shares and participation per week are always part of
 * it; the positions on the paradoxes only when the person ticked them. Notes and single answers
 * are never part of any scope, so there is no field for them.
 */
export interface ConsentScope {
  rolesAndParticipation: true;
  paradoxPositions: boolean;
}

export function consentScope(paradoxPositions: boolean): ConsentScope {
  return { rolesAndParticipation: true, paradoxPositions };
}
