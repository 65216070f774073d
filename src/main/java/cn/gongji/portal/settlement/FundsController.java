package cn.gongji.portal.settlement;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import cn.gongji.portal.api.ApiController;
import cn.gongji.portal.identity.IdNumber;
import cn.gongji.portal.security.ApiInstitution;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** An institution asks what a patient could use right now (api.md "Institution → portal"). */
@ApiController
@Tag(name = "Institution → portal")
class FundsController {

    private final FundsService funds;

    FundsController(FundsService funds) {
        this.funds = funds;
    }

    /** No names of sharers, no relation ids: only two sums (D24 seen from the counter). */
    record FundsAnswer(String ownAccount, String shared) {
    }

    @GetMapping("/api/v1/patients/{idNumber}/funds")
    @Operation(summary = "What the patient could use now from his own account and from shared money",
            description = "`shared` counts all live shared money (unused wallet quotas, D10, and what is available in "
                    + "same-province sharers' accounts, D9), whether or not a region will ask for the sharer's code "
                    + "at settlement (D18). No sharer is named. Every look-up is logged. "
                    + "Errors: 400 INVALID_ID_NUMBER, 404 PERSON_NOT_FOUND, 422 PATIENT_NOT_INSURED, "
                    + "403 INSTITUTION_NOT_DESIGNATED (D15).",
            responses = @ApiResponse(responseCode = "200", description = "The two sums",
                    content = @Content(mediaType = "application/json",
                            schema = @Schema(implementation = FundsAnswer.class),
                            examples = @ExampleObject(value = "{\"ownAccount\":\"50.00\",\"shared\":\"300.00\"}"))))
    FundsAnswer funds(@PathVariable String idNumber, @AuthenticationPrincipal ApiInstitution institution) {
        Funds found = funds.lookUp(institution.code(), IdNumber.parse(idNumber));
        return new FundsAnswer(found.ownAccount().toString(), found.shared().toString());
    }
}
