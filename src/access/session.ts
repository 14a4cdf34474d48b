/**
 * @module access/session
 * A login session as the request knows it. It lives beside the viewer because together they say
 * who is asking; the auth module creates and checks sessions, the policy only reads them.
 */
export interface SessionInfo {
  id: string;
  userId: number;
  pendingSecondFactor: boolean;
  displayName: string;
  personId: number | null;
}
