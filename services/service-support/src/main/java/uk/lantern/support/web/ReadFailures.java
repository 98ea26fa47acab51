package uk.lantern.support.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Why a JSON body could not be read, in the terms of the API (the field, as a dotted path, and what it should have
 * been), never Jackson's own message: that names Java classes and echoes parser internals.
 */
final class ReadFailures {

    private static final java.util.regex.Pattern DUPLICATE = java.util.regex.Pattern.compile("\"(.*)\"");

    private ReadFailures() {
    }

    static ProblemResponses.FieldError describe(JacksonException e) {
        String field = path(e.getPath());
        if (e instanceof StreamConstraintsException) {
            return new ProblemResponses.FieldError(field, "is too large or too deeply nested to be read");
        }
        if (e instanceof UnexpectedEndOfInputException) {
            return new ProblemResponses.FieldError("body", "not valid JSON: the body ends too soon" + at(e));
        }
        if (e instanceof StreamReadException) {
            String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
            if (message.startsWith("Duplicate Object property")) {
                var name = DUPLICATE.matcher(message);
                String duplicated = name.find() ? Redaction.fieldName(name.group(1)) : null;
                return new ProblemResponses.FieldError(duplicated == null ? field
                        : field.equals("body") ? duplicated : field + "." + duplicated, "is given twice");
            }
            return new ProblemResponses.FieldError(field, "not valid JSON" + at(e));
        }
        if (e instanceof PropertyBindingException) {
            return new ProblemResponses.FieldError(field, "is not a field of this request");
        }
        if (e instanceof InvalidNullException) {
            return new ProblemResponses.FieldError(field, "must not be null");
        }
        if (e instanceof ValueInstantiationException) {
            return new ProblemResponses.FieldError(field, "is not valid here");
        }
        if (e instanceof InvalidFormatException format) {
            return new ProblemResponses.FieldError(field, "cannot be read as " + expected(format.getTargetType()));
        }
        if (e instanceof MismatchedInputException mismatch) {
            return new ProblemResponses.FieldError(field, "cannot be read as " + expected(mismatch.getTargetType()));
        }
        return new ProblemResponses.FieldError(field, "cannot be read");
    }

    /** What a value of the type looks like, in the API's words. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "the expected type";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == LocalDate.class) {
            return "a date (yyyy-mm-dd)";
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
            return "a date and time with its offset (e.g. 2026-11-21T18:30:00Z)";
        }
        if (type == LocalDateTime.class) {
            return "a date and time (e.g. 2026-11-21T18:30:00)";
        }
        if (type == LocalTime.class) {
            return "a time (hh:mm)";
        }
        if (type == Duration.class) {
            return "a duration (e.g. PT72H)";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == BigInteger.class) {
            return "a whole number in range";
        }
        if (type == Double.class || type == double.class || type == Float.class || type == float.class
                || type == BigDecimal.class || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type == String.class || CharSequence.class.isAssignableFrom(type) || type == Character.class
                || type == char.class) {
            return "text";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord() || !type.isPrimitive()) {
            return "an object";
        }
        return "the expected type";
    }

    private static String at(JacksonException e) {
        TokenStreamLocation location = e.getLocation();
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : references) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(Redaction.fieldName(ref.getPropertyName()));
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
