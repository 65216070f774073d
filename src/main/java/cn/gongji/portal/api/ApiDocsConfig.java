package cn.gongji.portal.api;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

/**
 * The API description served by springdoc at {@code /api/v1/openapi} (JSON) and {@code /api/v1/openapi.yaml},
 * public like the contract itself. What every operation shares is said once here: the bearer token and the
 * problem+json error with its stable {@code code}.
 */
@Configuration
class ApiDocsConfig {

    private static final String BEARER = "bearer";
    private static final String PROBLEM = "Problem";

    @Bean
    OpenAPI portalOpenApi() {
        return new OpenAPI()
                .info(new Info().title("家庭共济 portal API").version("v1").description("""
                        The portal's machine API for the registry (参保登记系统) and designated institutions \
                        (定点医药机构). Amounts are JSON strings with at most two decimals ("150.00"); ID numbers \
                        are 18-character strings. Send `Authorization: Bearer <token>`: the registry's token or \
                        an institution's API key. Every error is `application/problem+json` with a stable `code`: \
                        400 INVALID_REQUEST / INVALID_ID_NUMBER / INVALID_AMOUNT, 401 UNAUTHORIZED, 403 FORBIDDEN \
                        / INSTITUTION_NOT_DESIGNATED, 404 PERSON_NOT_FOUND / SETTLEMENT_NOT_FOUND, 409 \
                        REQUEST_ID_REUSED, 413 PAYLOAD_TOO_LARGE (bodies over 64 KB), 422 for a request that \
                        breaks a rule (IMPERSONATION, PATIENT_NOT_INSURED, REFUND_EXCEEDS_PAID, …), 503 TRY_AGAIN."""))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .description("The registry token, or the API key returned once when an "
                                        + "institution was created.")))
                // Relative: the description is right for whichever host serves it.
                .addServersItem(new Server().url("/"))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /**
     * Every operation may fail with a problem; say so once for each of them. (A customizer, not the bean above:
     * springdoc builds the components' schemas from the controllers and would drop one added there.)
     */
    @Bean
    OpenApiCustomizer problemResponses() {
        return openApi -> {
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
            if (operation.getResponses() != null && !operation.getResponses().containsKey("default")) {
                operation.getResponses().addApiResponse("default", new ApiResponse()
                        .description("An error, as problem+json with a stable code")
                        .content(new Content().addMediaType("application/problem+json",
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
                }
            }));
        };
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        return new ObjectSchema()
                .description("RFC 9457 problem details with the portal's stable code")
                .addProperty("type", new StringSchema().example("urn:gongji:problem:REQUEST_ID_REUSED"))
                .addProperty("title", new StringSchema().example("Request id already used"))
                .addProperty("status", new IntegerSchema().example(409))
                .addProperty("detail", new StringSchema())
                .addProperty("code", new StringSchema().example("REQUEST_ID_REUSED"));
    }
}
