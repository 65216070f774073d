package cn.gongji.portal.settlement;

import cn.gongji.portal.ledger.UseKind;

/** What is being settled (D13): care at a designated medical institution or a purchase at a pharmacy. */
public enum SettlementKind {
    CARE, PHARMACY;

    UseKind useKind() {
        return this == CARE ? UseKind.CARE : UseKind.PHARMACY;
    }
}
