package cn.gongji.portal.shared;

import java.time.Instant;

/**
 * D7, D27: an agent acted at the counter for a citizen (published by casework in the action's transaction), so that
 * supervision can look for unusual counter activity per agent without casework knowing of it.
 *
 * @param movesMoney whether the action can hand the citizen's money to someone (a binding or a grant)
 */
public record CounterActionTaken(String agent, long personId, boolean movesMoney, Instant at) {
}
