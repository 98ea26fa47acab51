package uk.lantern.returninterview.interview.domain;

import java.time.Instant;

/** The answer to the offer: accepted or declined, by the child or by a parent or carer. */
public record Answer(Outcome outcome, Instant at, Respondent by) {

    public enum Outcome { ACCEPTED, DECLINED }

    public enum Respondent { CHILD, PARENT_OR_CARER }
}
