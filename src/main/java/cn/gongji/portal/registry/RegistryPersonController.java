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

/** The registry's enrolment feed and account credits (api.md "Registry → portal"). */
@ApiController
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
