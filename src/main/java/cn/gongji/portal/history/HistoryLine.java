package cn.gongji.portal.history;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import cn.gongji.portal.ledger.LedgerKind;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.ledger.UseKind;
import cn.gongji.portal.shared.Channel;

/**
 * One line of a person's statement, as he may see it.
 *
 * @param amount        the amount the entry is about, or {@code null} for an entry that moves no money
 * @param balanceChange how the viewer's own account balance changed (negative when money left it), or {@code null}
 *                      when the entry is not on his account
 * @param counterParty  the other person, masked (D2), or {@code null}
 * @param viewerIsSharer whether the viewer is the sharer of the entry's relation ({@code null} without relation)
 * @param detail        the care detail of the viewer's own bill, as label–value pairs; empty on every other line,
 *                      in particular on a sharer's (D24)
 * @param reason        why, when the entry says: an end reason's name (D23), {@code end <date>} of a quota (P2), or
 *                      an agent's words
 */
public record HistoryLine(long id, Instant occurredAt, LedgerKind kind, UseKind useKind, Money amount,
                          BigDecimal balanceChange, String counterParty, Boolean viewerIsSharer, Channel channel,
                          List<Detail> detail, String reason) {

    /** One item of a bill's care detail as the institution sent it (diagnosis, items…). */
    public record Detail(String label, String value) {
    }
}
