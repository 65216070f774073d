package cn.gongji.portal.security;

import cn.gongji.portal.registry.Institution;
import cn.gongji.portal.registry.InstitutionKind;
import cn.gongji.portal.registry.InstitutionStatus;
import cn.gongji.portal.shared.Actor;

/**
 * The principal of a request made with an institution's API key, as it was at the start of the request. Get it
 * in a controller with {@code @AuthenticationPrincipal ApiInstitution institution}.
 */
public record ApiInstitution(String code, InstitutionKind kind, String regionCode, InstitutionStatus status) {

    static ApiInstitution of(Institution institution) {
        return new ApiInstitution(institution.getCode(), institution.getKind(), institution.region().value(),
                institution.getStatus());
    }

    /** D15: only an institution with an active agreement may look up patients or settle. */
    public boolean isDesignated() {
        return status.isDesignated();
    }

    /** Who acted, for the ledger (D25). */
    public Actor actor() {
        return Actor.institution(code);
    }

    /** This institution's name in the idempotency table (D19): its request ids are its own. */
    public String idempotencyClient() {
        return "institution:" + code;
    }
}
