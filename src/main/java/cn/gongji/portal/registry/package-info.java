/**
 * The registry's feed (参保登记系统): enrolments, account credits (划入) and designated institutions. Enrolment
 * changes carry their consequences in the same transaction — insurance ended or moved to another pooling region
 * dissolves the person's relations and releases unused quota (D22); leaving the employee scheme ends his sharing,
 * since only an employee with a personal account can share (D5).
 */
package cn.gongji.portal.registry;
