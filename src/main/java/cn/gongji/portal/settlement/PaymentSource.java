package cn.gongji.portal.settlement;

/** Where one part of an out-of-pocket amount came from (D17). */
public enum PaymentSource {
    OWN_ACCOUNT, QUOTA, SHARED_ACCOUNT, CASH
}
