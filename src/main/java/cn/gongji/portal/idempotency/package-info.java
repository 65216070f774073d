/**
 * Idempotent API requests (D19): each client's request id is answered once; a repeat with the same request gets
 * the first answer again and changes nothing, a different request under a used id is refused.
 */
package cn.gongji.portal.idempotency;
