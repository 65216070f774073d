package cn.gongji.portal.supervision;

/** Which pattern of D27 raised a flag. */
public enum FlagRule {
    /** The declared kinship contradicts the birth dates in the two ID numbers (a "parent" younger than the child). */
    KINSHIP_AGE_MISMATCH,
    /** A sharer with unusually many live recipients. */
    MANY_RECIPIENTS,
    /** Many payments from one sharer's money within a short time. */
    SPENDING_BURST,
    /** Someone else's card presented for a patient (D16). */
    IMPERSONATION,
    /** One agent binding or granting for citizens unusually often within a short time (issue 11, D7). */
    COUNTER_ACTIVITY
}
