package cn.gongji.portal.shared;

import java.util.Objects;

/**
 * Who made a change and how (D7, D25): a citizen online, an agent at the counter on a citizen's behalf (with
 * the reason), the registry, an institution, or the system itself (expiry, automatic dissolution).
 *
 * @param reference stable identifier of the actor: a person's database id, a staff user name, an institution
 *                  code, "registry" or "system"
 * @param channel   the channel of the change
 * @param agent     the agent's user name where an agent acted for the citizen, else {@code null}
 * @param reason    the agent's stated reason, else {@code null}
 */
public record Actor(String reference, Channel channel, String agent, String reason) {

    /** How a citizen is written in a stored actor reference: {@code person:<id>}. */
    private static final String PERSON = "person:";

    public Actor {
        Objects.requireNonNull(reference);
        Objects.requireNonNull(channel);
    }

    public static Actor citizen(long personId) {
        return new Actor(PERSON + personId, Channel.ONLINE, null, null);
    }

    public static Actor agentFor(long personId, String agent, Channel channel, String reason) {
        return new Actor(PERSON + personId, channel, agent, reason);
    }

    public static Actor registry() {
        return new Actor("registry", Channel.REGISTRY, null, null);
    }

    public static Actor institution(String code) {
        return new Actor("institution:" + code, Channel.INSTITUTION, null, null);
    }

    /**
     * A citizen's own act at an institution's counter: his card presented to settle his bill. Used on the
     * entries of shared money, which the sharer sees (D24: he may learn which relative used his money, never
     * where — the institution is on the settlement, for auditors).
     */
    public static Actor atInstitution(long personId) {
        return new Actor(PERSON + personId, Channel.INSTITUTION, null, null);
    }

    public static Actor system() {
        return new Actor("system", Channel.SYSTEM, null, null);
    }

    /** The person this actor speaks for, if it is a citizen (directly or through an agent). */
    public Long personId() {
        return personIdOf(reference);
    }

    /** The person a stored actor reference (a ledger entry's {@code actor}) speaks for, or null if not a citizen. */
    public static Long personIdOf(String reference) {
        return reference != null && reference.startsWith(PERSON) ? Long.valueOf(reference.substring(PERSON.length()))
                : null;
    }
}
