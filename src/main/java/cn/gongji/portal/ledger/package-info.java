/**
 * Money (D28) and the append-only ledger (D25): every change to a relation or to money is one entry; each
 * personal account's balance and reserved amount follow from its entries and are conserved.
 */
package cn.gongji.portal.ledger;
