/**
 * In-portal notifications (P3): the sharer on each use of his money (D24's fields only), the recipient on
 * grants, revokes, confirmations and dissolutions, both on automatic dissolution and expiry, and both seven days
 * before a quota with money left ends (P2).
 */
package cn.gongji.portal.notification;
