/**
 * Relations between a sharer and a recipient: kinship and its regional scope (D3, D4), eligibility (D5, D6),
 * commitment letters (D7) and verbal commitments made on the phone that the sharer confirms online or at the
 * hall (D7, issue 12), requests by the recipient (D8), dissolution by either party or by life events
 * (D21, D22, D23) and the relation's timeline (P6). Refusals carry one exact reason each (P4).
 */
package cn.gongji.portal.family;
