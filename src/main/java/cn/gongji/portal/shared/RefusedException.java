package cn.gongji.portal.shared;

/**
 * A rule or an input check said no. Carries exactly one reason (P4); nothing was changed. The UI turns it into
 * a translated message, the API into problem+json.
 */
public class RefusedException extends RuntimeException {

    private final Refusal refusal;

    public RefusedException(Refusal refusal) {
        this(refusal, refusal.name());
    }

    public RefusedException(Refusal refusal, String detail) {
        super(detail);
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }

    public static void refuseUnless(boolean condition, Refusal refusal) {
        if (!condition) {
            throw new RefusedException(refusal);
        }
    }
}
