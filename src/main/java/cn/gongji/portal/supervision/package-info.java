/**
 * Smart supervision (D27): flags raised automatically, without blocking anything, for patterns worth a look — a
 * kinship that contradicts the birth dates in the two ID numbers, a sharer with unusually many recipients, a burst of
 * spending of one sharer's money, impersonation attempts (D16) — and their review by supervisors. Flags and their
 * resolutions are append-only: a resolved flag stays in history.
 */
package cn.gongji.portal.supervision;
