package cn.gongji.portal.casework;

import java.time.Instant;
import java.util.Set;

/**
 * Issue 12: the latest identity check of a caller on a case — which checks he passed, by which agent, when — and
 * whether it was enough for telephone actions ({@link PhoneCheck#suffice}).
 *
 * @param checkId the counter action that records it
 */
public record PhoneIdentity(long checkId, Instant at, String agent, Set<PhoneCheck> passed, boolean sufficient) {
}
