package uk.lantern.simulator.city;

/**
 * A child's ethnicity in the codes of the DfE's returns (SSDA903, CIN census), as the services take them. Copied as
 * names (the simulator does not depend on shared-schemas).
 */
public enum Ethnicity {
    WBRI, WIRI, WIRT, WOTH, WROM, MWBC, MWBA, MWAS, MOTH, AIND, APKN, ABAN, AOTH, BCRB, BAFR, BOTH, CHNE, OOTH,
    REFU, NOBT
}
