package uk.lantern.returninterview.interview.application;

import java.util.List;
import uk.lantern.returninterview.interview.domain.InterviewCase;

/** A case as stored: its state, its version for optimistic locking, and the request keys already applied. */
public record StoredCase(InterviewCase interviewCase, long version, List<String> appliedRequestKeys) {

    public StoredCase {
        appliedRequestKeys = List.copyOf(appliedRequestKeys);
    }
}
