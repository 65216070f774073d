package cn.gongji.portal.settlement;

import cn.gongji.portal.ledger.UseKind;
import cn.gongji.portal.registry.InstitutionKind;

/** What is being settled (D13): care at a designated medical institution or a purchase at a pharmacy. */
public enum SettlementKind {
    CARE, PHARMACY;

    /**
     * D13: care is settled by a designated medical institution; a purchase of drugs, devices or consumables by a
     * designated retail pharmacy or by a hospital's own pharmacy. A pharmacy cannot settle care.
     */
    public boolean isSettledBy(InstitutionKind institution) {
        return this == PHARMACY || institution == InstitutionKind.HOSPITAL;
    }

    UseKind useKind() {
        return this == CARE ? UseKind.CARE : UseKind.PHARMACY;
    }
}
