package cn.gongji.portal.shared;

import java.time.ZoneId;

/**
 * The one time zone of the portal (China Standard Time). "Today" — a quota's last day (P2), whether it has
 * expired, the day a statement starts — and every date and time shown are in this zone, whatever the server's
 * own zone is.
 */
public final class PortalZone {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private PortalZone() {
    }
}
