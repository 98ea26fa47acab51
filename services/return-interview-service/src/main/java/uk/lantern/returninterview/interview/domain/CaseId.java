package uk.lantern.returninterview.interview.domain;

/** A case is the return interview owed for one missing episode: its id is the episode's id. */
public record CaseId(String value) {

    public CaseId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("case id is blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
