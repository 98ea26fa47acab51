package uk.lantern.cmeregister.register.domain;

/** What an enquiry checked. NATIONAL_DATA is the DfE lost-pupils / school-to-school database. */
public enum EnquiryCheck { SCHOOL_CONTACT, HOME_VISIT, HEALTH, POLICE, NATIONAL_DATA, OTHER }
