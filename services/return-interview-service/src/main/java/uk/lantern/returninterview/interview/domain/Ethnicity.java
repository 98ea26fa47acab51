package uk.lantern.returninterview.interview.domain;

/**
 * The child's ethnicity in the codes of the DfE's returns (SSDA903, CIN census), as the missing-episode record gives it: WBRI White
 * British, WIRI White Irish, WIRT Traveller of Irish heritage, WOTH any other White background, WROM Gypsy/Roma, MWBC
 * White and Black Caribbean, MWBA White and Black African, MWAS White and Asian, MOTH any other mixed background, AIND
 * Indian, APKN Pakistani, ABAN Bangladeshi, AOTH any other Asian background, BCRB Black Caribbean, BAFR Black African,
 * BOTH any other Black background, CHNE Chinese, OOTH any other ethnic group, REFU refused, NOBT information not yet
 * obtained.
 */
public enum Ethnicity {
    WBRI, WIRI, WIRT, WOTH, WROM, MWBC, MWBA, MWAS, MOTH, AIND, APKN, ABAN, AOTH, BCRB, BAFR, BOTH, CHNE, OOTH,
    REFU, NOBT
}
