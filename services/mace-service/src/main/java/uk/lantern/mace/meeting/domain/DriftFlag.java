package uk.lantern.mace.meeting.domain;

/** One drift on a child's agenda entry, in words; {@code actionId} for the two action drifts. */
public record DriftFlag(Drift drift, String actionId, String words) {
}
