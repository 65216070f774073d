package cn.gongji.portal.casework;

/** What an agent can do at the counter for a citizen. Nothing that spends money or settles a bill is among them. */
public enum CounterActionKind {
    BIND, GRANT, REVOKE, DISSOLVE, OPEN_WALLET
}
