package cn.gongji.portal.settlement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

import cn.gongji.portal.api.ApiController;
import cn.gongji.portal.api.ApiJson;
import cn.gongji.portal.family.SharingMode;
import cn.gongji.portal.idempotency.Answer;
import cn.gongji.portal.idempotency.IdempotencyService;
import cn.gongji.portal.idempotency.IdempotentAnswer;
import cn.gongji.portal.idempotency.IdempotentRequest;
import cn.gongji.portal.identity.IdNumber;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.security.ApiInstitution;
import cn.gongji.portal.shared.Refusal;
import cn.gongji.portal.shared.RefusedException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Settlements and refunds of designated institutions (api.md "Institution → portal"; D13, D14, D15, D16, D17, D18,
 * D19, D20). Each is run once per request id of the institution (D19): a repeat with the same content gets the first
 * answer with 200, other content under a used id 409 REQUEST_ID_REUSED.
 */
@ApiController
@Tag(name = "Institution → portal")
class SettlementController {

    /** More codes than any family shows at one counter; a bound keeps the request and its answer small. */
    static final int MAX_SHARER_IDS = 20;
    /** settlement.detail is VARCHAR(16000). */
    static final int MAX_DETAIL_LENGTH = 16_000;

    /** Writes a detail with the keys of every object sorted: the same detail always gives the same text. */
    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
            .build();

    private final SettlementService settlements;
    private final IdempotencyService idempotency;
    private final JsonMapper json;

    SettlementController(SettlementService settlements, IdempotencyService idempotency, JsonMapper json) {
        this.settlements = settlements;
        this.idempotency = idempotency;
        this.json = json;
    }

    @Schema(name = "SettlementRequest")
    record SettleRequest(
            @Schema(example = "HIS-000123", description = "The institution's own unique id of this request (D19)")
            @ApiJson.Text String requestId,
            @Schema(example = "410102195009150134", description = "The patient's ID number")
            @ApiJson.Text String patientId,
            @Schema(example = "410102195009150134", description = "Whose card or code was presented (D16)")
            @ApiJson.Text String cardHolderId,
            @Schema(nullable = true, description = "Who buys medicine for the patient (代购药, D16), else null")
            @ApiJson.Text String buyerId,
            @Schema(allowableValues = {"CARE", "PHARMACY"}) @ApiJson.Text String kind,
            @Schema(example = "150.00", description = "The out-of-pocket amount to pay (D12: computed by the institution)")
            @ApiJson.Amount String outOfPocket,
            @Schema(example = "0.00", description = "The pooling fund's part, kept for the record only (D12)")
            @ApiJson.Amount String poolFund,
            @Schema(description = "false: the patient declines shared money for this bill (D17)")
            @ApiJson.Flag Boolean useSharedFunds,
            @Schema(description = "ID numbers of sharers whose codes were shown too (D18); at most 20")
            @ApiJson.TextList List<String> sharerIds,
            @Schema(types = {"object", "null"},
                    description = "The care detail, private to the patient (D24); at most 16000 characters")
            JsonNode detail) {

        /** Never logs the detail or ID numbers (D2, D24). */
        @Override
        public String toString() {
            return "SettleRequest[requestId=" + requestId + ", kind=" + kind + ", outOfPocket=" + outOfPocket + "]";
        }
    }

    record SharedAnswer(String relationId, String amount, String mode) {
    }

    @Schema(name = "SettlementAnswer")
    record SettlementAnswer(String settlementId, String requestId, String ownAccount, List<SharedAnswer> shared,
                            String cash) {

        static SettlementAnswer of(SettlementReceipt r) {
            return new SettlementAnswer(r.settlementId(), r.requestId(), r.ownAccount().toString(),
                    r.shared().stream().map(p -> new SharedAnswer(String.valueOf(p.relationId()),
                            p.amount().toString(), p.mode().name())).toList(),
                    r.cash().toString());
        }
    }

    @Schema(name = "RefundRequest")
    record RefundRequest(@Schema(example = "HIS-000124") @ApiJson.Text String requestId,
                         @Schema(example = "30.00") @ApiJson.Amount String amount) {
    }

    /**
     * @param returnedTo {@code QUOTA} (back into the live quota) or {@code SHARER_ACCOUNT} (available in the
     *                   sharer's account: a same-province part, or a quota whose relation has ended, D20)
     */
    record SharedRefund(String relationId, String amount, String mode, String returnedTo) {
    }

    /** The parts given back, in D20's order: cash first, then shared parts last used first, own account last. */
    @Schema(name = "RefundAnswer")
    record RefundAnswer(String settlementId, String requestId, String amount, String cash, List<SharedRefund> shared,
                        String ownAccount) {

        static RefundAnswer of(RefundReceipt r) {
            Money cash = Money.ZERO;
            Money own = Money.ZERO;
            // A relation's several quotas are one part, as in the settlement's answer.
            Map<String, SharedRefund> shared = new LinkedHashMap<>();
            for (RefundReceipt.Returned part : r.parts()) {
                switch (part.source()) {
                    case CASH -> cash = cash.plus(part.amount());
                    case OWN_ACCOUNT -> own = own.plus(part.amount());
                    case QUOTA, SHARED_ACCOUNT -> {
                        String mode = (part.source() == PaymentSource.QUOTA ? SharingMode.WALLET : SharingMode.ACCOUNT)
                                .name();
                        String to = part.toQuota() ? "QUOTA" : "SHARER_ACCOUNT";
                        shared.merge(part.relationId() + "/" + to,
                                new SharedRefund(String.valueOf(part.relationId()), part.amount().toString(), mode, to),
                                (a, b) -> new SharedRefund(a.relationId(),
                                        Money.of(a.amount()).plus(Money.of(b.amount())).toString(), mode, to));
                    }
                }
            }
            return new RefundAnswer(r.settlementId(), r.requestId(), r.amount().toString(), cash.toString(),
                    new ArrayList<>(shared.values()), own.toString());
        }
    }

    @PostMapping("/api/v1/settlements")
    @Operation(summary = "Settle a patient's out-of-pocket amount",
            description = "Decides who pays (D12, D17): the patient's own personal account first (employee-insured), "
                    + "then shared money — wallet quotas oldest grant first (WALLET, D10), then same-province sharers' "
                    + "accounts oldest relation first (ACCOUNT, D9), or the recipient's own order (P1) — and the rest "
                    + "in cash. Where the region requires both codes (Guangxi, Sichuan) a sharer's money is used only "
                    + "if his ID is in sharerIds (D18). 201 the first time; a repeat of the same requestId with the "
                    + "same content returns the first answer with 200 (D19); other content under a used requestId "
                    + "is 409 REQUEST_ID_REUSED. Errors: 400 INVALID_REQUEST, INVALID_ID_NUMBER, INVALID_AMOUNT; "
                    + "404 PERSON_NOT_FOUND; 422 IMPERSONATION (card holder is not the patient, D16; recorded as "
                    + "suspected fraud), PATIENT_NOT_INSURED; 403 INSTITUTION_NOT_DESIGNATED (D15); 413 over 64 KB.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = "application/json",
                            schema = @Schema(implementation = SettleRequest.class),
                            examples = @ExampleObject(name = "pharmacy", value = """
                                    {"requestId":"HIS-000123","patientId":"410102195009150134",\
                                    "cardHolderId":"410102195009150134","buyerId":null,"kind":"PHARMACY",\
                                    "outOfPocket":"150.00","poolFund":"0.00","useSharedFunds":true,"sharerIds":[],\
                                    "detail":{"diagnosis":"…","items":["…"]}}"""))),
            responses = {
                    @ApiResponse(responseCode = "201", description = "Settled: who paid what",
                            content = @Content(mediaType = "application/json",
                                    schema = @Schema(implementation = SettlementAnswer.class),
                                    examples = @ExampleObject(value = """
                                            {"settlementId":"0f8fad5b-d9cb-469f-a165-70867728950e",\
                                            "requestId":"HIS-000123","ownAccount":"50.00",\
                                            "shared":[{"relationId":"42","amount":"80.00","mode":"WALLET"}],\
                                            "cash":"20.00"}"""))),
                    @ApiResponse(responseCode = "200", description = "A repeat: the first answer, unchanged (D19)",
                            content = @Content(mediaType = "application/json",
                                    schema = @Schema(implementation = SettlementAnswer.class)))})
    ResponseEntity<String> settle(@RequestBody SettleRequest body,
                                  @AuthenticationPrincipal ApiInstitution institution) {
        SettleCommand command = command(body, institution);
        String detail = command.detail();
        // Built (and so the request id checked) before anything is written, the fraud record included.
        IdempotentRequest request = IdempotentRequest.of(institution.idempotencyClient(), command.requestId(),
                "settlement", command.patient().value(), command.cardHolder().value(),
                command.buyer() == null ? null : command.buyer().value(), command.kind().name(),
                command.outOfPocket().toString(), command.poolFund().toString(),
                String.valueOf(command.useSharedFunds()),
                command.presentedSharers().stream().map(IdNumber::value).collect(Collectors.joining(",")), detail);
        // The settlement row is the request's idempotency record (D19); the hash tells a repeat from a reuse.
        SettlementService.Settled settled = settlements.settle(command, institution.idempotencyClient(),
                request.bodyHash());
        return new IdempotentAnswer(201, json.writeValueAsString(SettlementAnswer.of(settled.receipt())),
                settled.repeat()).toResponse();
    }

    @PostMapping("/api/v1/settlements/{settlementId}/refunds")
    @Operation(summary = "Refund a settlement, fully or in part",
            description = "Each part goes back where it came from (D20): the cash part first, then the shared parts "
                    + "last used first, the patient's own account last. A quota part goes back into the quota while "
                    + "its relation is live, otherwise into the sharer's account. Never more than is still "
                    + "refundable. Idempotent on requestId like a settlement (D19). Errors: 400 INVALID_REQUEST, "
                    + "INVALID_AMOUNT; 404 SETTLEMENT_NOT_FOUND (also another institution's settlement); "
                    + "422 REFUND_EXCEEDS_PAID; 409 REQUEST_ID_REUSED; 403 INSTITUTION_NOT_DESIGNATED.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = "application/json",
                            schema = @Schema(implementation = RefundRequest.class),
                            examples = @ExampleObject(value = "{\"requestId\":\"HIS-000124\",\"amount\":\"30.00\"}"))),
            responses = {
                    @ApiResponse(responseCode = "201", description = "Refunded: what went back to each source",
                            content = @Content(mediaType = "application/json",
                                    schema = @Schema(implementation = RefundAnswer.class),
                                    examples = @ExampleObject(value = """
                                            {"settlementId":"0f8fad5b-d9cb-469f-a165-70867728950e",\
                                            "requestId":"HIS-000124","amount":"30.00","cash":"20.00",\
                                            "shared":[{"relationId":"42","amount":"10.00","mode":"WALLET",\
                                            "returnedTo":"QUOTA"}],"ownAccount":"0.00"}"""))),
                    @ApiResponse(responseCode = "200", description = "A repeat: the first answer, unchanged (D19)",
                            content = @Content(mediaType = "application/json",
                                    schema = @Schema(implementation = RefundAnswer.class)))})
    ResponseEntity<String> refund(@PathVariable String settlementId, @RequestBody RefundRequest body,
                                  @AuthenticationPrincipal ApiInstitution institution) {
        Money amount = Money.parsePositive(required(body.amount(), "amount", "a string such as \"30.00\""));
        IdempotentRequest request = IdempotentRequest.of(institution.idempotencyClient(), body.requestId(),
                "refund", settlementId, amount.toString());
        return idempotency.execute(request, () -> Answer.created(RefundAnswer.of(
                        settlements.refund(institution.code(), settlementId, body.requestId(), amount))))
                .toResponse();
    }

    /** Checks the form of every field (D1, D28) before anything is looked up or stored. */
    private static SettleCommand command(SettleRequest body, ApiInstitution institution) {
        IdNumber patient = IdNumber.parse(required(body.patientId(), "patientId", "an 18-character ID number"));
        IdNumber cardHolder = IdNumber.parse(required(body.cardHolderId(), "cardHolderId",
                "the ID number of the card or code presented"));
        IdNumber buyer = body.buyerId() == null ? null : IdNumber.parse(body.buyerId());
        SettlementKind kind = kind(body.kind());
        if (!kind.isSettledBy(institution.kind())) {
            throw invalid("A pharmacy settles kind PHARMACY only; care is settled by a medical institution (D13).");
        }
        Money outOfPocket = Money.parsePositive(required(body.outOfPocket(), "outOfPocket",
                "a string such as \"150.00\""));
        Money poolFund = Money.parse(required(body.poolFund(), "poolFund", "a string such as \"0.00\""));
        if (body.useSharedFunds() == null) {
            throw invalid("useSharedFunds is required: true, or false when the patient declines shared money.");
        }
        return new SettleCommand(institution.code(), body.requestId(), patient, cardHolder, buyer, kind,
                outOfPocket, poolFund, body.useSharedFunds(), sharers(body.sharerIds()), detail(body.detail()));
    }

    private static SettlementKind kind(String value) {
        if (value != null) {
            for (SettlementKind kind : SettlementKind.values()) {
                if (kind.name().equals(value)) {
                    return kind;
                }
            }
        }
        throw invalid("kind must be one of " + Arrays.stream(SettlementKind.values()).map(Enum::name)
                .collect(Collectors.joining(", ")) + ".");
    }

    /** D18's codes: distinct and sorted, since only which sharers showed their code matters. */
    private static List<IdNumber> sharers(List<String> sharerIds) {
        if (sharerIds == null) {
            return List.of();
        }
        if (sharerIds.size() > MAX_SHARER_IDS) {
            throw invalid("sharerIds has at most " + MAX_SHARER_IDS + " ID numbers.");
        }
        if (sharerIds.contains(null)) {
            throw invalid("sharerIds holds ID numbers, not null.");
        }
        return sharerIds.stream().map(IdNumber::parse).distinct()
                .sorted((a, b) -> a.value().compareTo(b.value())).toList();
    }

    /** The detail as canonical JSON text (sorted keys), so that it counts in the request's identity (D19). */
    private static String detail(JsonNode detail) {
        if (detail == null || detail.isNull()) {
            return null;
        }
        if (!detail.isObject()) {
            throw invalid("detail is a JSON object (or null).");
        }
        String text = CANONICAL.writeValueAsString(detail);
        if (text.length() > MAX_DETAIL_LENGTH) {
            throw invalid("detail has at most " + MAX_DETAIL_LENGTH + " characters of JSON.");
        }
        return text;
    }

    private static String required(String value, String field, String what) {
        if (value == null) {
            throw invalid(field + " is required: " + what + ".");
        }
        return value;
    }

    private static RefusedException invalid(String detail) {
        return new RefusedException(Refusal.INVALID_REQUEST, detail);
    }
}
