package uk.lantern.missingepisode.retention.domain;

/** Why a record was erased: its retention period passed, or it should never have been recorded as it was. */
public enum ErasureReason { RETENTION, WRONGLY_RECORDED }
