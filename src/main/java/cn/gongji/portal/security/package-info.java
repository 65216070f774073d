/**
 * Signing in to the browser portal: citizens by ID number (D1) and staff by user name, roles that follow what a
 * person can do (sharer, recipient, agent, supervisor), lockout after repeated failures, and the browser's filter
 * chain. The API's stateless chain lives beside it and is not configured here.
 */
package cn.gongji.portal.security;
