package uk.lantern.mace.meeting.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import uk.lantern.mace.common.domain.Agency;
import uk.lantern.mace.common.domain.RiskCategory;
import uk.lantern.mace.common.web.Bodies.AllocatedWorkerBody;
import uk.lantern.mace.common.web.Bodies.PanelMemberBody;
import uk.lantern.mace.meeting.domain.NewAction;

final class MeetingRequests {

    record ScheduleMeetingBody(@NotNull LocalDate heldOn, @Valid @NotNull PanelMemberBody chair) {
    }

    record NominationBody(@NotBlank @Size(max = 100) String childId, @NotNull Agency agency,
                          @NotBlank @Size(max = 2000) String reason, @Valid AllocatedWorkerBody allocatedWorker) {
    }

    record OpeningBody(@Valid @NotNull @Size(min = 1, max = 50) List<@NotNull @Valid PanelMemberBody> attendees,
                       @Valid @Size(max = 50) List<@NotNull @Valid PanelMemberBody> apologies) {
    }

    record ActionBody(@NotBlank @Size(max = 2000) String what, @Valid @NotNull PanelMemberBody owner,
                      @NotNull LocalDate dueOn, @Size(max = 100) String personOfConcernId,
                      @Size(max = 100) String placeOfConcernId) {
        NewAction toAction() {
            return new NewAction(what, owner.toMember(), dueOn, personOfConcernId, placeOfConcernId);
        }
    }

    record DiscussionBody(@NotBlank @Size(max = 100) String childId, @NotNull RiskCategory agreedCategory,
                          @Size(max = 2000) String reasonForDifference, @NotBlank @Size(max = 4000) String decision,
                          @Valid AllocatedWorkerBody allocatedWorker,
                          @Valid @Size(max = 30) List<@NotNull @Valid ActionBody> actions) {
    }

    private MeetingRequests() {
    }
}
