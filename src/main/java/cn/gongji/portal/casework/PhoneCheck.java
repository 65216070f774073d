package cn.gongji.portal.casework;

import java.util.Set;

/**
 * Issue 12, D7: what a call-centre agent can check of a caller who says he is the person of the case. An ID number is
 * not a secret in China (it is on every form), so reading it back is never enough alone: a caller passes only when he
 * read his ID number back <em>and</em> passed at least one check that a stranger holding the number would not.
 */
public enum PhoneCheck {
    /** He read back his full ID number and name, and they match the case. */
    ID_NUMBER_READ_BACK,
    /** He is calling from the mobile number registered on the case (the agent sees the caller's number). */
    REGISTERED_PHONE,
    /** He named one of the relatives on his record and how they are related (a security question from the case). */
    RELATIVE_NAMED,
    /** He told a recent event on his account that the case shows (e.g. the latest credit or grant and its amount). */
    RECENT_ACTIVITY;

    /** Whether these passed checks identify the caller enough for a telephone action. */
    public static boolean suffice(Set<PhoneCheck> passed) {
        return passed.contains(ID_NUMBER_READ_BACK) && passed.size() >= 2;
    }
}
