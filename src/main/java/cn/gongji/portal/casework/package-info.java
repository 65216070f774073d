/**
 * Casework for call-centre and service-hall agents: finding a citizen's case (masked results, D2) for a stated
 * reason, the case itself with the full ID number, every opening logged append-only (D26), and acting for the citizen
 * at the counter — bind with the letter signed in the hall, grant, revoke, dissolve, open the wallet — each with a
 * reason and the agent recorded (D7, D25). On the telephone (issue 12, channel CALL_CENTRE): a recorded identity check
 * of the caller first, then take back a quota, end a relation, or record a verbal commitment that binds nobody until the
 * sharer confirms it himself; no grant. An agent never spends money or settles a bill: no such action exists here.
 */
package cn.gongji.portal.casework;
