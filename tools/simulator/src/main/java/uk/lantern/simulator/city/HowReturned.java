package uk.lantern.simulator.city;

/** How a missing child came back. */
public enum HowReturned {
    RETURNED_OF_OWN_ACCORD, FOUND_BY_POLICE, FOUND_BY_FAMILY_OR_CARER, FOUND_BY_PROFESSIONAL, OTHER
}
