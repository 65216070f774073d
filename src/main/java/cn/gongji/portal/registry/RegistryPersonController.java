package cn.gongji.portal.registry;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

import cn.gongji.portal.api.ApiController;
import cn.gongji.portal.api.ApiJson;
import cn.gongji.portal.idempotency.Answer;
import cn.gongji.portal.idempotency.IdempotencyService;
import cn.gongji.portal.idempotency.IdempotentRequest;
import cn.gongji.portal.identity.IdNumber;
import cn.gongji.portal.ledger.Money;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The registry's enrolment feed and account credits (api.md "Registry → portal"). */
@ApiController
@Tag(name = "Registry → portal")
class RegistryPersonController {

    /** The registry's name in the idempotency table: its request ids are its own, apart from institutions'. */
    static final String CLIENT = "registry";

    private final RegistryService registry;
    private final IdempotencyService idempotency;

    RegistryPersonController(RegistryService registry, IdempotencyService idempotency) {
        this.registry = registry;
        this.idempotency = idempotency;
    }

    record PersonRequest(@ApiJson.Text String name, @ApiJson.Text String phone, @ApiJson.Text String scheme,
                         @ApiJson.Text String status, @ApiJson.Text String regionCode,
                         @ApiJson.Text String password) {

        @Override
        public String toString() {
            return "PersonRequest[scheme=" + scheme + ", status=" + status + ", regionCode=" + regionCode + "]";
        }
    }

    /** The enrolment as the portal now holds it; the registry's own ID number, so not masked. */
    record PersonAnswer(String idNumber, String scheme, String status, String regionCode, int relationsDissolved) {
    }

    record CreditRequest(@ApiJson.Text String requestId, @ApiJson.Amount String amount) {
    }

    record BalanceAnswer(String balance) {
    }

    /** Create (201) or update (200) an enrolment; D22's dissolutions happen within this request. */
    @PutMapping("/api/v1/registry/persons/{idNumber}")
    @Operation(summary = "Create or update an enrolment",
            description = "`scheme`: EMPLOYEE (has a personal account) or RESIDENT; `status`: ACTIVE or TERMINATED; "
                    + "`regionCode`: the 6-digit pooling region, its first two digits the province. A change to "
                    + "TERMINATED, or to another pooling region, dissolves the person's live relations (D22) in the "
                    + "same request. 201 when created, 200 when updated.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = "application/json",
                            schema = @Schema(implementation = PersonRequest.class),
                            examples = @ExampleObject(value = """
                                    {"name":"张建国","phone":"13800000000","scheme":"EMPLOYEE","status":"ACTIVE",\
                                    "regionCode":"410100","password":"optional initial portal password"}"""))),
            responses = {
                    @ApiResponse(responseCode = "201", description = "Created",
                            content = @Content(mediaType = "application/json",
                                    schema = @Schema(implementation = PersonAnswer.class))),
                    @ApiResponse(responseCode = "200", description = "Updated",
                            content = @Content(mediaType = "application/json",
                                    schema = @Schema(implementation = PersonAnswer.class)))})
    ResponseEntity<PersonAnswer> putPerson(@PathVariable String idNumber, @RequestBody PersonRequest body) {
        IdNumber id = IdNumber.parse(idNumber);
        Enrolment enrolment = Enrolment.of(body.name(), body.phone(), body.scheme(), body.status(),
                body.regionCode(), body.password());
        RegistryService.Outcome outcome = registry.putPerson(id, enrolment);
        PersonAnswer answer = new PersonAnswer(id.value(), enrolment.scheme().name(), enrolment.status().name(),
                enrolment.regionCode(), outcome.relationsDissolved());
        return ResponseEntity.status(outcome.created() ? 201 : 200).body(answer);
    }

    /**
     * Money into a personal account, once per request id (D19): a repeat with the same body gets the first
     * answer (200, the balance just after that credit), a different body under the same id 409.
     */
    @PostMapping("/api/v1/registry/persons/{idNumber}/account-credits")
    @Operation(summary = "Money into a personal account (划入)",
            description = "Only for EMPLOYEE persons. Idempotent on requestId (D19): a repeat returns the first "
                    + "answer with 200, other content under a used requestId is 409 REQUEST_ID_REUSED.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = "application/json",
                            schema = @Schema(implementation = CreditRequest.class),
                            examples = @ExampleObject(value = "{\"requestId\":\"R-1\",\"amount\":\"800.00\"}"))),
            responses = {
                    @ApiResponse(responseCode = "201", description = "Credited: the balance just after",
                            content = @Content(mediaType = "application/json",
                                    schema = @Schema(implementation = BalanceAnswer.class),
                                    examples = @ExampleObject(value = "{\"balance\":\"800.00\"}"))),
                    @ApiResponse(responseCode = "200", description = "A repeat: the first answer (D19)",
                            content = @Content(mediaType = "application/json",
                                    schema = @Schema(implementation = BalanceAnswer.class)))})
    ResponseEntity<String> credit(@PathVariable String idNumber, @RequestBody CreditRequest body) {
        IdNumber id = IdNumber.parse(idNumber);
        if (body.amount() == null) {
            throw Fields.invalid("amount is required, as a string such as \"800.00\".");
        }
        Money amount = Money.parsePositive(body.amount());
        IdempotentRequest request = IdempotentRequest.of(CLIENT, body.requestId(), "account-credit", id.value(),
                amount.toString());
        return idempotency.execute(request,
                () -> Answer.created(new BalanceAnswer(registry.credit(id, amount, body.requestId()).toString())))
                .toResponse();
    }
}
