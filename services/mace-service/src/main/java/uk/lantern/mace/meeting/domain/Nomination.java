package uk.lantern.mace.meeting.domain;

import java.time.Instant;
import uk.lantern.mace.common.domain.Agency;
import uk.lantern.mace.common.domain.AllocatedWorker;
import uk.lantern.mace.common.domain.Checks;

/** An agency asks the panel to discuss a child, with its reason; it may name the child's allocated social worker. */
public record Nomination(String childId, Agency agency, String reason, String nominatedBy, Instant nominatedAt,
                         AllocatedWorker allocatedWorker) {

    public Nomination {
        Checks.text("childId", childId, 100);
        Checks.present("agency", agency);
        Checks.text("reason", reason, 2000);
        reason = reason.strip();
        childId = childId.strip();
    }
}
