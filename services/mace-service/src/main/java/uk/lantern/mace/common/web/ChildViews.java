package uk.lantern.mace.common.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import uk.lantern.support.accesslog.AccessAction;
import uk.lantern.support.accesslog.AccessLog;
import uk.lantern.support.accesslog.AccessLogEntry;
import uk.lantern.support.security.Actor;
import uk.lantern.support.security.CurrentActor;

/**
 * Access-log entries the annotation cannot write: a document (PDF) that names children, and an outcome shared with a
 * child's social worker (with whom, in the entry's purpose and note).
 */
@Component
public class ChildViews {

    private final AccessLog log;

    public ChildViews(AccessLog log) {
        this.log = log;
    }

    public void viewed(String operation, String recordId, List<String> children) {
        append(AccessAction.READ_RECORD, operation, recordId, children, null, null);
    }

    public void shared(String operation, String recordId, String childId, String withWhom) {
        append(AccessAction.SHARE, operation, recordId, List.of(childId),
                "MACE outcome shared with the child's allocated social worker: " + withWhom, "shared with " + withWhom);
    }

    private void append(AccessAction action, String operation, String recordId, List<String> children, String purpose,
                        String note) {
        Actor actor = CurrentActor.get();
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                .getRequest();
        log.append(new AccessLogEntry.Draft(new AccessLogEntry.Who(actor.subject(), actor.name(), actor.organisation(),
                actor.roles().stream().sorted().map(r -> r.claim()).toList()), action, operation, List.of(recordId),
                request.getQueryString(), List.copyOf(children), request.getRemoteAddr(),
                purpose != null ? purpose : "Multi-agency child exploitation (MACE) panel work", false, null, null, note));
    }
}
