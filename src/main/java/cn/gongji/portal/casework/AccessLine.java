package cn.gongji.portal.casework;

/**
 * D26: an opening of a case as supervisors see it in the access log — the person masked (D2). The full ID number is
 * kept only to open the case from here, which is itself an opening, logged with its own reason.
 */
public record AccessLine(CaseAccess access, String personName, String personMaskedId, String personIdNumber) {
}
