/**
 * What every machine client of {@code /api/**} can rely on: errors as problem+json with a stable {@code code}
 * (RFC 9457, P4) and never a 500 for bad input, a 64 KB body limit, and amounts that are JSON strings (D28).
 * Shared by the registry API and the institution API.
 */
package cn.gongji.portal.api;
