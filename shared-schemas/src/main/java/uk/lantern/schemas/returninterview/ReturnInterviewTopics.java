package uk.lantern.schemas.returninterview;

import uk.lantern.schemas.Topic;

/** The return-interview topic, to be listed in {@code Topics.all()}. */
public final class ReturnInterviewTopics {

    public static final Topic<ReturnInterviewEvent> RETURN_INTERVIEWS = new Topic<>(
            "lantern.return-interviews.v1",
            "return-interview-service",
            "The same key as the missing episode the case follows: the child's strongest identifier as the source "
                    + "knows it (Subject.partitionKey), else \"episode:\" + episode id; every event of one case "
                    + "carries the same key.",
            ReturnInterviewEvent.class,
            ReturnInterviewEventTypes.ALL);

    private ReturnInterviewTopics() {
    }
}
