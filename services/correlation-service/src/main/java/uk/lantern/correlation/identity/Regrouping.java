package uk.lantern.correlation.identity;

import java.util.List;

/** What a reviewer's decision changed: which records moved from which child to which. */
public record Regrouping(String decision, String explanation, List<Move> moves) {

    public record Move(String recordId, String fromChild, String toChild) {
    }

    public Regrouping {
        moves = List.copyOf(moves);
    }
}
