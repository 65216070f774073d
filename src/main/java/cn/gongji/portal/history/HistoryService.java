package cn.gongji.portal.history;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.vaadin.flow.i18n.I18NProvider;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.gongji.portal.family.EndReason;
import cn.gongji.portal.family.FamilyService;
import cn.gongji.portal.ledger.EntryReasons;
import cn.gongji.portal.ledger.LedgerEntry;
import cn.gongji.portal.ledger.LedgerKind;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.ledger.LedgerService;
import cn.gongji.portal.ledger.UseKind;
import cn.gongji.portal.settlement.SettlementService;

/**
 * A person's statement (P5): his ledger entries — those on his own account and those of relations he is party to —
 * newest first, as lines he may see. Other people are masked (D2). The care detail of a bill is looked up only
 * through {@link SettlementService#detailForPatient}, which answers only the patient: a sharer's line about the
 * use of his money carries date, amount, relative and kind of use, never the detail (D24).
 */
@Service
@Transactional(readOnly = true)
public class HistoryService {

    /** Days are days in China, whatever the server's zone. */
    public static final ZoneId ZONE = cn.gongji.portal.shared.PortalZone.ZONE;

    /** The most lines one CSV holds; a longer period is split by the person into shorter ones. */
    static final int CSV_MAX_LINES = 10_000;

    private static final Instant BEGINNING = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant END_OF_TIME = Instant.parse("9999-01-01T00:00:00Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZONE);

    private final LedgerService ledger;
    private final FamilyService family;
    private final SettlementService settlements;
    private final I18NProvider i18n;
    private final Clock clock;

    HistoryService(LedgerService ledger, FamilyService family, SettlementService settlements, I18NProvider i18n,
                   Clock clock) {
        this.ledger = ledger;
        this.family = family;
        this.settlements = settlements;
        this.i18n = i18n;
        this.clock = clock;
    }

    /** How many months the use chart sums, the current one included. */
    public static final int CHART_MONTHS = 12;

    /** Issue 12: the last {@link #CHART_MONTHS} months of shared money, the current one included. */
    public MonthlyUse monthlyUse(long personId) {
        YearMonth last = YearMonth.now(clock.withZone(ZONE));
        return monthlyUse(personId, last.minusMonths(CHART_MONTHS - 1L), last);
    }

    /**
     * Issue 12: shared money by month from {@code first} to {@code last}, summed from the ledger (D25): as a sharer,
     * per masked relative, his money used and refunded — nothing else about the use (D24); as a recipient, quota
     * granted to him and shared money used for him and refunded.
     */
    public MonthlyUse monthlyUse(long personId, YearMonth first, YearMonth last) {
        Instant from = first.atDay(1).atStartOfDay(ZONE).toInstant();
        Instant to = last.plusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant();
        // Oldest first, so that relatives are listed in the order their sharing began.
        List<LedgerEntry> entries = ledger.history(personId, from, to, CHART_KINDS, Pageable.unpaged()).getContent()
                .reversed();
        // Keyed by month, then by the relative's person id (two relatives may share a masked name).
        Map<YearMonth, Map<Long, Money[]>> given = new TreeMap<>();
        Map<YearMonth, Money[]> received = new TreeMap<>();
        for (LedgerEntry e : entries) {
            YearMonth month = YearMonth.from(e.getOccurredAt().atZone(ZONE));
            boolean refund = REFUNDS.contains(e.getKind());
            if (e.getSharerId() != null && e.getSharerId() == personId && e.getKind() != LedgerKind.QUOTA_GRANTED) {
                Money[] sums = given.computeIfAbsent(month, m -> new LinkedHashMap<>())
                        .computeIfAbsent(e.getRecipientId(), r -> new Money[] {Money.ZERO, Money.ZERO});
                sums[refund ? 1 : 0] = sums[refund ? 1 : 0].plus(e.getAmount());
            }
            if (e.getRecipientId() != null && e.getRecipientId() == personId) {
                Money[] sums = received.computeIfAbsent(month, m -> new Money[] {Money.ZERO, Money.ZERO, Money.ZERO});
                int at = e.getKind() == LedgerKind.QUOTA_GRANTED ? 0 : refund ? 2 : 1;
                sums[at] = sums[at].plus(e.getAmount());
            }
        }
        Map<Long, String> names = new LinkedHashMap<>();
        List<MonthlyUse.Given> givenRows = new ArrayList<>();
        given.forEach((month, byRecipient) -> byRecipient.forEach((recipient, sums) -> givenRows.add(
                new MonthlyUse.Given(month, names.computeIfAbsent(recipient, r -> distinctName(r, names)), sums[0],
                        sums[1]))));
        List<MonthlyUse.Received> receivedRows = new ArrayList<>();
        received.forEach((month, sums) -> receivedRows.add(new MonthlyUse.Received(month, sums[0], sums[1], sums[2])));
        return new MonthlyUse(first, last, givenRows, receivedRows);
    }

    /** The masked name (D2); a second relative whose masked name is the same gets a number, so the chart tells them apart. */
    private String distinctName(long personId, Map<Long, String> taken) {
        String name = family.maskedNameOf(personId);
        String candidate = name;
        for (int n = 2; taken.containsValue(candidate); n++) {
            candidate = name + " (" + n + ")";
        }
        return candidate;
    }

    private static final EnumSet<LedgerKind> REFUNDS = EnumSet.of(LedgerKind.QUOTA_REFUNDED,
            LedgerKind.SHARED_ACCOUNT_REFUNDED);
    /** Shared money only: a person's own account's spending is not sharing. */
    private static final EnumSet<LedgerKind> CHART_KINDS = EnumSet.of(LedgerKind.QUOTA_GRANTED, LedgerKind.QUOTA_SPENT,
            LedgerKind.SHARED_ACCOUNT_SPENT, LedgerKind.QUOTA_REFUNDED, LedgerKind.SHARED_ACCOUNT_REFUNDED);

    /** One page of the person's lines, newest first. */
    public Page<HistoryLine> lines(long personId, HistoryFilter filter, Pageable page) {
        return entries(personId, filter, page).map(e -> line(personId, e));
    }

    /**
     * P5: the lines of the filter as CSV in the person's language — UTF-8 with a byte-order mark, so that
     * spreadsheet programs read Chinese correctly; amounts as plain digits with two decimals (CNY); times in China.
     */
    public byte[] csv(long personId, HistoryFilter filter, Locale locale) {
        List<HistoryLine> lines = lines(personId, filter, Pageable.ofSize(CSV_MAX_LINES)).getContent();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            row(out, List.of(t(locale, "history.column.time"), t(locale, "history.column.kind"),
                    t(locale, "history.column.use"), t(locale, "history.csv.amount"),
                    t(locale, "history.csv.balanceChange"), t(locale, "history.column.counterParty"),
                    t(locale, "history.column.channel"), t(locale, "history.column.reason"),
                    t(locale, "history.column.detail")));
            for (HistoryLine line : lines) {
                row(out, List.of(CSV_TIME.format(line.occurredAt()),
                        t(locale, "ledgerKind." + line.kind()),
                        line.useKind() == null ? "" : t(locale, "useKind." + line.useKind()),
                        line.amount() == null ? "" : line.amount().toString(),
                        line.balanceChange() == null ? "" : line.balanceChange().toPlainString(),
                        line.counterParty() == null ? "" : line.counterParty(),
                        t(locale, "channel." + line.channel()),
                        describeReason(line.reason(), locale),
                        line.detail().stream().map(d -> d.label() + ": " + d.value())
                                .collect(Collectors.joining("; "))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The reason an entry records, in a citizen's words: why a relation ended (D23) or a quota's end date (P2).
     * Empty for anything else, such as an agent's own words (D24) or an internal note.
     */
    public String describeReason(String reason, Locale locale) {
        if (!isReadable(reason)) {
            return "";
        }
        if (Arrays.stream(EndReason.values()).anyMatch(r -> r.name().equals(reason))) {
            return t(locale, "endReason." + reason);
        }
        return EntryReasons.endDateOf(reason).map(day -> t(locale, "history.reason.endDate", day)).orElse(reason);
    }

    private Page<LedgerEntry> entries(long personId, HistoryFilter filter, Pageable page) {
        Instant from = filter.from() == null ? BEGINNING : filter.from().atStartOfDay(ZONE).toInstant();
        Instant to = filter.to() == null ? END_OF_TIME : filter.to().plusDays(1).atStartOfDay(ZONE).toInstant();
        return ledger.history(personId, from, to, EnumSet.copyOf(filter.kinds().kinds()), page);
    }

    private HistoryLine line(long viewerId, LedgerEntry e) {
        Long other = null;
        Boolean viewerIsSharer = null;
        if (e.getSharerId() != null && e.getSharerId() == viewerId) {
            other = e.getRecipientId();
            viewerIsSharer = true;
        } else if (e.getRecipientId() != null && e.getRecipientId() == viewerId) {
            other = e.getSharerId();
            viewerIsSharer = e.getSharerId() == null ? null : false;
        }
        BigDecimal balanceChange = e.getAccountId() != null && e.getAccountId() == viewerId
                && e.getBalanceDelta().signum() != 0 ? e.getBalanceDelta() : null;
        return new HistoryLine(e.getId(), e.getOccurredAt(), e.getKind(), e.getUseKind(), e.getAmount(),
                balanceChange, other == null ? null : family.maskedNameOf(other), viewerIsSharer, e.getChannel(),
                detail(viewerId, e), reason(e));
    }

    /**
     * The reason a person may read: why a relation ended or a quota's end date. Not the words an agent typed (D24,
     * issue 11: a citizen sees the action, the channel and the agent, and the other party must never read what an
     * agent wrote about someone's case), nor the registry's or the system's internal notes (a credit's batch name).
     */
    private static String reason(LedgerEntry e) {
        return isReadable(e.getReason()) ? e.getReason() : null;
    }

    private static boolean isReadable(String reason) {
        return reason != null && (Arrays.stream(EndReason.values()).anyMatch(r -> r.name().equals(reason))
                || EntryReasons.endDateOf(reason).isPresent());
    }

    /** D24: only the patient gets the detail of his own bill; the look-up itself refuses everyone else. */
    private List<HistoryLine.Detail> detail(long viewerId, LedgerEntry e) {
        if (e.getSettlementId() == null || (e.getUseKind() != UseKind.CARE && e.getUseKind() != UseKind.PHARMACY)) {
            return List.of();
        }
        return settlements.detailForPatient(viewerId, e.getSettlementId()).map(HistoryService::readable)
                .orElse(List.of());
    }

    /** The detail as the institution sent it (a JSON object, api.md), as label–value pairs in its own order. */
    static List<HistoryLine.Detail> readable(String detail) {
        if (detail == null || detail.isBlank()) {
            return List.of();
        }
        try {
            JsonNode node = JSON.readTree(detail);
            if (node != null && node.isObject()) {
                List<HistoryLine.Detail> pairs = new ArrayList<>();
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    pairs.add(new HistoryLine.Detail(field.getKey(), text(field.getValue())));
                }
                return pairs;
            }
        } catch (JacksonException notJson) {
            // Kept as sent: the detail is the institution's text, not ours to reject.
        }
        return List.of(new HistoryLine.Detail("", detail));
    }

    private static String text(JsonNode value) {
        if (value.isArray()) {
            return value.values().stream().map(HistoryService::text).collect(Collectors.joining("、"));
        }
        return value.isValueNode() ? value.asString() : value.toString();
    }

    private String t(Locale locale, String key, Object... args) {
        return i18n.getTranslation(key, locale, args);
    }

    /** One CSV row (RFC 4180 quoting). A text cell that a spreadsheet would run as a formula is made inert. */
    private static void row(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    static String cell(String value) {
        String v = value == null ? "" : value;
        if (startsAsFormula(v) && !isNumber(v)) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    /**
     * Whether a spreadsheet could take the cell for a formula: its first character that is not blank is one of
     * {@code = + - @} (or their full-width forms, which some spreadsheets read the same), or it starts with a tab or a
     * line break. Spreadsheets skip leading spaces, including the no-break and ideographic ones, before a formula.
     */
    private static boolean startsAsFormula(String v) {
        if (!v.isEmpty() && (v.charAt(0) == '\t' || v.charAt(0) == '\r' || v.charAt(0) == '\n')) {
            return true;
        }
        int i = 0;
        while (i < v.length() && (Character.isWhitespace(v.charAt(i)) || Character.isSpaceChar(v.charAt(i)))) {
            i++;
        }
        return i < v.length() && "=+-@\uFF1D\uFF0B\uFF0D\uFF20".indexOf(v.charAt(i)) >= 0;
    }

    private static boolean isNumber(String v) {
        return v.matches("-?\\d+(\\.\\d+)?");
    }
}
