package cn.gongji.portal.family;

/** Where a verbal commitment made on the phone stands (D7, issue 12). Only a PENDING one can still be confirmed. */
public enum VerbalCommitmentStatus {
    /** Recorded by the call centre, waiting for the sharer to confirm it online or at the hall. */
    PENDING,
    /** The sharer confirmed it and signed the letter; a live relation exists from then on. */
    CONFIRMED,
    /** The sharer said no, online or at the hall. */
    DECLINED,
    /** Nobody confirmed it within its period ({@code portal.family.verbal-commitment-valid-for}). */
    EXPIRED
}
