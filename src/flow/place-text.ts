// What a text typed or pasted into a coordinates input is, when it is not coordinates: a map link for
// the server to follow, or a place name to search for (docs/decisions/057).
import { readCoordinates } from './coordinates';

const WEB_LINK = /^https?:\/\/\S+$/i;
const A_WORD = /\p{L}{3,}/u;
const LINK_LIKE = /:\/\/|^www\.|\.(com|gl|org|id|app)\//i;

/** An http(s) link whose coordinates cannot be read from the link itself (a short link, a place page). */
export function isUnreadMapLink(text: string): boolean {
  const t = text.trim();
  return WEB_LINK.test(t) && !readCoordinates(t).ok;
}

/** A place name or address ("Monas, Jakarta"): has a word, is neither coordinates nor a link. */
export function placeNameIn(text: string): string | null {
  const t = text.trim();
  if (!A_WORD.test(t) || LINK_LIKE.test(t) || readCoordinates(t).ok) return null;
  return t;
}
