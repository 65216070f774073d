package cn.gongji.portal.settlement;

/**
 * Published when an impersonation attempt is recorded (D16): someone else's card presented for the patient.
 * Supervision turns it into a flag for review (D27).
 */
public record ImpersonationAttempted(long fraudEventId, String institutionCode, String patientIdNumber,
                                     String cardHolderIdNumber) {
}
