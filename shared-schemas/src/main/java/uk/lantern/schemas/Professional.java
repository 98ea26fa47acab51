package uk.lantern.schemas;

/** The person who recorded or decided something (schema: {@code schemas/common/professional.v1.json}). */
public record Professional(String name, String role, String organisation) {
}
