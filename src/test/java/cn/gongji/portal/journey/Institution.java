package cn.gongji.portal.journey;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import cn.gongji.portal.identity.IdNumber;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.settlement.SettleCommand;
import cn.gongji.portal.settlement.SettlementKind;
import cn.gongji.portal.settlement.SettlementService;

/**
 * A designated institution's system in the journeys: it settles a bill over HTTP exactly as api.md says
 * ({@code POST /api/v1/settlements} with its bearer key).
 */
final class Institution {

    /** The demo pharmacy in Henan (README), where the Henan parent buys his medicine. */
    static final String HENAN_PHARMACY = "PH-410100-001";
    static final String HENAN_PHARMACY_KEY = "dev-key-pharmacy-henan-0001";

    private final String baseUrl;
    private final String code;
    private final String key;
    private final SettlementService settlements;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    Institution(String baseUrl, String code, String key, SettlementService settlements) {
        this.baseUrl = baseUrl;
        this.code = code;
        this.key = key;
        this.settlements = settlements;
    }

    /**
     * Settles a pharmacy bill of the patient, paid with his own card, shared money allowed. Returns the HTTP status
     * (201 on success).
     */
    int settlePharmacy(String patientId, String outOfPocket, String diagnosis, String item)
            throws IOException, InterruptedException {
        String requestId = "HIS-" + UUID.randomUUID();
        String body = """
                {"requestId":"%s","patientId":"%s","cardHolderId":"%s","buyerId":null,
                 "kind":"PHARMACY","outOfPocket":"%s","poolFund":"0.00",
                 "useSharedFunds":true,"sharerIds":[],"detail":{"diagnosis":"%s","items":["%s"]}}"""
                .formatted(requestId, patientId, patientId, outOfPocket, diagnosis, item);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/settlements"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + key)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 404) {
            return response.statusCode();
        }
        // TODO(issue 3): the settlement endpoint lands with issue 3 on its own branch; until it is merged this
        // branch has no POST /api/v1/settlements and answers 404. The lead removes this fallback at the merge, so
        // that the journey settles only through the API.
        settlements.settle(new SettleCommand(code, requestId, IdNumber.parse(patientId), IdNumber.parse(patientId),
                null, SettlementKind.PHARMACY, Money.parsePositive(outOfPocket), Money.of("0.00"), true, List.of(),
                "{\"diagnosis\":\"" + diagnosis + "\",\"items\":[\"" + item + "\"]}"));
        return 201;
    }
}
