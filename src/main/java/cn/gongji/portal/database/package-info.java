/**
 * The database itself, apart from what any feature keeps in it: the embedded H2 file compacted on a graceful stop
 * (issue 9; D20a's {@code WRITE_DELAY=0} makes it grow while the portal runs).
 */
package cn.gongji.portal.database;
