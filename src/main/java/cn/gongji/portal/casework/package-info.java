/**
 * Casework for call-centre and service-hall agents: finding a citizen's case (masked results, D2) for a stated
 * reason, the case itself with the full ID number, every opening logged append-only (D26), and acting for the citizen
 * at the counter — bind with the letter signed in the hall, grant, revoke, dissolve, open the wallet — each with a
 * reason and the agent recorded (D7, D25). An agent never spends money or settles a bill: no such action exists here.
 */
package cn.gongji.portal.casework;
