package uk.lantern.schemas.cmeregister;

/** A school by its unique reference number (6 digits) and name. */
public record School(String urn, String name) {
}
