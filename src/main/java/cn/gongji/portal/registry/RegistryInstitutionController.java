package cn.gongji.portal.registry;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.gongji.portal.api.ApiController;
import cn.gongji.portal.api.ApiJson;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The registry creates and updates designated institutions (api.md). */
@ApiController
@Tag(name = "Registry → portal")
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
    @Operation(summary = "Create or update a designated institution",
            description = "`kind`: HOSPITAL or PHARMACY; `status`: ACTIVE, SUSPENDED or TERMINATED (only ACTIVE may "
                    + "look up patients and settle, D15). 201 with the API key when created — the key is shown this "
                    + "once and stored only hashed; 200 without it when updated.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = "application/json",
                            schema = @Schema(implementation = InstitutionRequest.class),
                            examples = @ExampleObject(value = """
                                    {"name":"某某大药房","kind":"PHARMACY","regionCode":"410100","status":"ACTIVE"}"""))),
            responses = {
                    @ApiResponse(responseCode = "201", description = "Created, with its API key (shown once)",
                            content = @Content(mediaType = "application/json",
                                    schema = @Schema(implementation = InstitutionAnswer.class),
                                    examples = @ExampleObject(value = """
                                            {"code":"PH-410100-001","apiKey":"…"}"""))),
                    @ApiResponse(responseCode = "200", description = "Updated",
                            content = @Content(mediaType = "application/json",
                                    schema = @Schema(implementation = InstitutionAnswer.class)))})
    ResponseEntity<InstitutionAnswer> putInstitution(@PathVariable String code,
                                                     @RequestBody InstitutionRequest body) {
        InstitutionService.Registration registration = institutions.upsert(code, body.name(),
                Fields.oneOf(InstitutionKind.class, body.kind(), "kind"), body.regionCode(),
                Fields.oneOf(InstitutionStatus.class, body.status(), "status"));
        return ResponseEntity.status(registration.created() ? 201 : 200)
                .body(new InstitutionAnswer(registration.institution().getCode(), registration.apiKey()));
    }
}
