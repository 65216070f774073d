package cn.gongji.portal.casework;

/**
 * What an agent can do at the counter or on the phone for a citizen. Nothing that spends money or settles a bill is
 * among them. Issue 12: on the phone (channel CALL_CENTRE) only the identity check, REVOKE, DISSOLVE and VERBAL_BIND —
 * a verbal commitment that moves nothing until the sharer confirms it himself (then a BIND, online or at the hall).
 */
public enum CounterActionKind {
    BIND(true), GRANT(true), REVOKE(false), DISSOLVE(false), OPEN_WALLET(false),
    /** Issue 12: a caller's identity check that passed ({@link PhoneCheck#suffice}). */
    IDENTITY_CHECKED(false),
    /** Issue 12: a caller's identity check that did not pass; kept so supervisors see failed attempts too. */
    IDENTITY_FAILED(false),
    /** Issue 12: a sharer's spoken declaration recorded as a pending proposal; moves nothing by itself. */
    VERBAL_BIND(false);

    private final boolean movesMoney;

    CounterActionKind(boolean movesMoney) {
        this.movesMoney = movesMoney;
    }

    /** Whether the action can hand the citizen's money to someone else (D27 watches these per agent). */
    public boolean movesMoney() {
        return movesMoney;
    }
}
