package uk.lantern.returninterview.interview.application;

import uk.lantern.returninterview.interview.domain.CaseId;
import uk.lantern.support.problems.NotFound;

public class CaseNotFound extends NotFound {

    public CaseNotFound(CaseId id) {
        super("return-interview case " + id);
    }
}
