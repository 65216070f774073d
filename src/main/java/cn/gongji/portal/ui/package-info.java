/**
 * The browser shell: application shell and styles, the layout with its role-aware menu, language switch and
 * unread count (P3), sign-in, home, not-found and the one session-wide error handler that turns refusals (P4) into
 * translated messages. Views here are thin: they ask services and show the answers; no rule is decided here.
 */
package cn.gongji.portal.ui;
