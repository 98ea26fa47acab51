package uk.lantern.correlation.patterns;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An alert to raise. {@code raisedAt} is when the condition began (a report, a deadline), derived from the facts and
 * never from the evaluation clock, so evaluating again, or after a replay, gives an equal alert.
 *
 * @param id       name-based UUID of code, child and the triggering evidence (all of the evidence, or the part of it
 *                 that names the condition when later facts can add to it): the same condition always has the
 *                 same id
 * @param evidence        the ids of the events behind it, sorted
 * @param summary         what it found, in words: which episode, place or adult, over what period (null for an
 *                        alert stored before alerts said so)
 * @param relatedChildren the other children it links this child to (SHARED_*), sorted
 */
public record Alert(String id, AlertCode code, Severity severity, String childId, List<String> evidence,
                    Instant raisedAt, Instant dueBy, List<Actor> actors, String summary,
                    List<String> relatedChildren) {

    public Alert {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(childId, "childId");
        evidence = evidence.stream().sorted().distinct().toList();
        actors = List.copyOf(actors);
        relatedChildren = relatedChildren == null ? List.of() : relatedChildren.stream().sorted().distinct().toList();
    }

    public Alert(String id, AlertCode code, Severity severity, String childId, List<String> evidence,
                 Instant raisedAt, Instant dueBy, List<Actor> actors) {
        this(id, code, severity, childId, evidence, raisedAt, dueBy, actors, null, List.of());
    }

    /** The same alert, saying in words what it found. */
    public Alert described(String summary) {
        return new Alert(id, code, severity, childId, evidence, raisedAt, dueBy, actors, summary, relatedChildren);
    }

    /** The same alert, naming the other children it links this one to. */
    public Alert relating(List<String> children) {
        return new Alert(id, code, severity, childId, evidence, raisedAt, dueBy, actors, summary, children);
    }

    public static Alert of(AlertCode code, Severity severity, String childId, List<String> evidence,
                           Instant raisedAt, Instant dueBy, List<Actor> actors) {
        return new Alert(idOf(code, childId, evidence), code, severity, childId, evidence, raisedAt, dueBy, actors);
    }

    /**
     * An alert whose id comes from {@code key}, the part of the evidence that names the condition, so that evidence
     * arriving late (an earlier indicator of the same gap, say) joins the alert instead of raising another.
     */
    public static Alert keyed(AlertCode code, Severity severity, String childId, List<String> key,
                              List<String> evidence, Instant raisedAt, Instant dueBy, List<Actor> actors) {
        return new Alert(idOf(code, childId, key), code, severity, childId, evidence, raisedAt, dueBy, actors);
    }

    public static String idOf(AlertCode code, String childId, List<String> evidence) {
        var key = code + "\n" + childId + "\n" + String.join("\n", evidence.stream().sorted().distinct().toList());
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
