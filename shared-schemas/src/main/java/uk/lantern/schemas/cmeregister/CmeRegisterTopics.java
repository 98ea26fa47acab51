package uk.lantern.schemas.cmeregister;

import uk.lantern.schemas.Topic;

/** The CME register's topic. To be listed in {@code Topics.all()} when merged. */
public final class CmeRegisterTopics {

    public static final Topic<CmeRegisterEvent> CME_REGISTER = new Topic<>(
            "lantern.cme-register.v1",
            "cme-register-service",
            "The child's strongest identifier as the school knows it when the child joins the register "
                    + "(Subject.partitionKey), else \"cme:\" + entry id; every event of one entry carries the same key.",
            CmeRegisterEvent.class,
            CmeRegisterEventTypes.ALL);

    private CmeRegisterTopics() {
    }
}
