package cn.gongji.portal.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;

import cn.gongji.portal.shared.Refusal;
import cn.gongji.portal.shared.RefusedException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Strict JSON strings for API request bodies. Jackson by default turns {@code 800} or {@code true} into the
 * string {@code "800"} or {@code "true"}; the contract says amounts are strings (api.md, D28), and a client that
 * sends a number has a bug worth telling him about, so these fields take a JSON string (or null) and nothing else.
 */
public final class ApiJson {

    private ApiJson() {
    }

    /** A text field: a JSON string or null; anything else is 400 INVALID_REQUEST naming the field. */
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT})
    @Retention(RetentionPolicy.RUNTIME)
    @JacksonAnnotationsInside
    @JsonDeserialize(using = TextDeserializer.class)
    public @interface Text {
    }

    /**
     * An amount field: a JSON string or null; a number or anything else is 400 INVALID_AMOUNT, so that a client
     * sending {@code 150.0} learns that amounts are strings such as {@code "150.00"}.
     */
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT})
    @Retention(RetentionPolicy.RUNTIME)
    @JacksonAnnotationsInside
    @JsonDeserialize(using = AmountDeserializer.class)
    public @interface Amount {
    }

    /**
     * A yes/no field: JSON {@code true}, {@code false} or null; a string such as {@code "true"} or a number is 400
     * INVALID_REQUEST naming the field (Jackson would otherwise read {@code "false"} or {@code 0} as a boolean, and
     * a flag that decides whose money moves should mean exactly what the client wrote).
     */
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT})
    @Retention(RetentionPolicy.RUNTIME)
    @JacksonAnnotationsInside
    @JsonDeserialize(using = FlagDeserializer.class)
    public @interface Flag {
    }

    /** A list of text fields: a JSON array (or null) whose elements are JSON strings or null, checked like {@link Text}. */
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT})
    @Retention(RetentionPolicy.RUNTIME)
    @JacksonAnnotationsInside
    @JsonDeserialize(contentUsing = TextDeserializer.class)
    public @interface TextList {
    }

    public static final class TextDeserializer extends ValueDeserializer<String> {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                return parser.getString();
            }
            return context.reportInputMismatch(String.class, "Expected a JSON string");
        }
    }

    public static final class AmountDeserializer extends ValueDeserializer<String> {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                return parser.getString();
            }
            throw new RefusedException(Refusal.INVALID_AMOUNT,
                    "An amount is a JSON string with two decimals, such as \"150.00\", not a JSON number.");
        }
    }

    public static final class FlagDeserializer extends ValueDeserializer<Boolean> {

        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context) {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
                return token == JsonToken.VALUE_TRUE;
            }
            return context.reportInputMismatch(Boolean.class, "Expected JSON true or false");
        }
    }
}
