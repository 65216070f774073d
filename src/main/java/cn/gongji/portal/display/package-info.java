/**
 * How the portal is shown to the signed-in person or staff member: elderly mode (适老化, large high-contrast text),
 * kept with his account across sessions and devices (issue 12). No rule of domain.md is owned here.
 */
package cn.gongji.portal.display;
