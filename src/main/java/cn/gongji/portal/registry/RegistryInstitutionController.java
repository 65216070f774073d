package cn.gongji.portal.registry;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.gongji.portal.api.ApiController;
import cn.gongji.portal.api.ApiJson;

/** The registry creates and updates designated institutions (api.md). */
@ApiController
class RegistryInstitutionController {

    private final InstitutionService institutions;

    RegistryInstitutionController(InstitutionService institutions) {
        this.institutions = institutions;
    }

    record InstitutionRequest(@ApiJson.Text String name, @ApiJson.Text String kind, @ApiJson.Text String regionCode,
                              @ApiJson.Text String status) {
    }

    /** The key is present only in the answer that created the institution; it is never shown again. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record InstitutionAnswer(String code, String apiKey) {
    }

    @PutMapping("/api/v1/registry/institutions/{code}")
    ResponseEntity<InstitutionAnswer> putInstitution(@PathVariable String code,
                                                     @RequestBody InstitutionRequest body) {
        InstitutionService.Registration registration = institutions.upsert(code, body.name(),
                Fields.oneOf(InstitutionKind.class, body.kind(), "kind"), body.regionCode(),
                Fields.oneOf(InstitutionStatus.class, body.status(), "status"));
        return ResponseEntity.status(registration.created() ? 201 : 200)
                .body(new InstitutionAnswer(registration.institution().getCode(), registration.apiKey()));
    }
}
