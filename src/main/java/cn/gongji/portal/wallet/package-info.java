/**
 * The medical-insurance wallet (医保钱包) and cross-province quotas: opening the wallet (D10), granting a quota
 * from what is available (D10, D11), revoking its unused part, end dates (P2) and release on dissolution
 * (D21, D22), and spending a quota up to its limit, never beyond; a reminder to both sides seven days before a quota
 * ends (P2, P3); and the account's balance, reserved and available figures explained by their ledger entries (D25).
 */
package cn.gongji.portal.wallet;
