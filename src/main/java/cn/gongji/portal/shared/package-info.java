/**
 * The shared kernel: refusals with their stable codes (P4), who acted and through which channel (D7, D25).
 * Every feature may use it; it uses no feature.
 */
package cn.gongji.portal.shared;
