package cn.gongji.portal.journey;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;


/**
 * A designated institution's system in the journeys: it settles a bill over HTTP exactly as api.md says
 * ({@code POST /api/v1/settlements} with its bearer key).
 */
final class Institution {

    /** The demo pharmacy in Henan (README), where the Henan parent buys his medicine. */
    static final String HENAN_PHARMACY = "PH-410100-001";
    static final String HENAN_PHARMACY_KEY = "dev-key-pharmacy-henan-0001";

    private final String baseUrl;
    private final String key;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    Institution(String baseUrl, String key) {
        this.baseUrl = baseUrl;
        this.key = key;
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
        return response.statusCode();
    }
}
