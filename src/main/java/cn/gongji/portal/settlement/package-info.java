/**
 * Paying a recipient's costs: what a patient can use now (own account and shared money), the payment plan of
 * D17, settlement and refund for designated institutions (D13, D14, D15, D16, D17, D18, D19, D20), idempotent per
 * request id (D19).
 */
package cn.gongji.portal.settlement;
