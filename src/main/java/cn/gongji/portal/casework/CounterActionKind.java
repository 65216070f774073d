package cn.gongji.portal.casework;

/** What an agent can do at the counter for a citizen. Nothing that spends money or settles a bill is among them. */
public enum CounterActionKind {
    BIND(true), GRANT(true), REVOKE(false), DISSOLVE(false), OPEN_WALLET(false);

    private final boolean movesMoney;

    CounterActionKind(boolean movesMoney) {
        this.movesMoney = movesMoney;
    }

    /** Whether the action can hand the citizen's money to someone else (D27 watches these per agent). */
    public boolean movesMoney() {
        return movesMoney;
    }
}
