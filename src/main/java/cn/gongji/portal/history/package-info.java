/**
 * A person's statement: his ledger as lines he can read, newest first, filtered by period and kind, and as a CSV
 * download (P5). Other people are masked (D2); the care detail of a bill appears only on the patient's own lines,
 * never on the sharer's (D24).
 */
package cn.gongji.portal.history;
