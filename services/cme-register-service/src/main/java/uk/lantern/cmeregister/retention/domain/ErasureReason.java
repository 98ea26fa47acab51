package uk.lantern.cmeregister.retention.domain;

/** Why an entry was erased: its retention period passed, or it should never have been recorded as it was. */
public enum ErasureReason { RETENTION, WRONGLY_RECORDED }
