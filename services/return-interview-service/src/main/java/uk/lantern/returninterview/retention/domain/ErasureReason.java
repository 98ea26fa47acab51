package uk.lantern.returninterview.retention.domain;

/**
 * Why a case was erased: its retention period passed, it was recorded against the wrong child, or the missing
 * episode it followed was erased (and with it the reason the case exists).
 */
public enum ErasureReason { RETENTION, WRONGLY_RECORDED, EPISODE_ERASED }
