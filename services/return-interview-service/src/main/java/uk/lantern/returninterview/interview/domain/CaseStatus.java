package uk.lantern.returninterview.interview.domain;

public enum CaseStatus { AWAITING_OFFER, OFFERED, ACCEPTED, DECLINED, COMPLETED, NOT_OFFERED, CLOSED }
