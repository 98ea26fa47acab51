package uk.lantern.returninterview.interview.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import uk.lantern.returninterview.interview.domain.Answer;
import uk.lantern.returninterview.interview.domain.CaseCommand;
import uk.lantern.returninterview.interview.domain.CaseRuleViolation;
import uk.lantern.returninterview.interview.domain.Interview;
import uk.lantern.returninterview.interview.domain.Offer;
import uk.lantern.returninterview.interview.domain.Professional;
import uk.lantern.schemas.vocabulary.ExploitationIndicator;

/** The JSON bodies providers send. Shape is checked here; the rules of a case are checked by the domain. */
final class CaseRequests {

    record ProfessionalBody(@NotBlank @Size(max = 200) String name, @Size(max = 200) String role,
                            @Size(max = 200) String organisation) {
        Professional toProfessional(String field) {
            try {
                return new Professional(name.trim(), trim(role), trim(organisation));
            } catch (CaseRuleViolation v) {
                throw v.under(field);
            }
        }
    }

    record OfferBody(@NotNull Instant offeredAt, @Valid @NotNull ProfessionalBody offeredBy, @NotNull Offer.Method method) {
        CaseCommand.RecordOffer toCommand() {
            return new CaseCommand.RecordOffer(offeredAt, offeredBy.toProfessional("offeredBy"), method);
        }
    }

    record AnswerBody(@NotNull Answer.Outcome outcome, @NotNull Instant at, @NotNull Answer.Respondent by) {
        CaseCommand.RecordAnswer toCommand() {
            return new CaseCommand.RecordAnswer(outcome, at, by);
        }
    }

    record PlaceBody(@Size(max = 300) String placeName, @Size(max = 10) String postcode) {
    }

    record AssociateBody(@Size(max = 200) String name, @Size(max = 30) String phone,
                         @Size(max = 12) String vehicleRegistration, @Min(0) @Max(120) Integer age, Boolean adult) {
    }

    record InterviewBody(
            @NotNull Instant completedAt,
            @Valid @NotNull ProfessionalBody interviewer,
            @NotNull @Size(max = 20) List<Interview.@NotNull PushFactor> pushFactors,
            @NotNull @Size(max = 20) List<Interview.@NotNull PullFactor> pullFactors,
            @Size(max = 4000) String factorsInChildsWords,
            @Valid PlaceBody whereabouts,
            @Valid @Size(max = 50) List<@NotNull AssociateBody> associates,
            @Size(max = 8000) String disclosures,
            @NotNull @Size(max = 30) List<@NotNull ExploitationIndicator> exploitationIndicators) {

        CaseCommand.RecordInterview toCommand() {
            Interview.Place place = whereabouts == null || (trim(whereabouts.placeName()) == null && trim(whereabouts.postcode()) == null)
                    ? null : new Interview.Place(trim(whereabouts.placeName()), trim(whereabouts.postcode()));
            List<Interview.Associate> with = associates == null ? List.of() : associates.stream()
                    .map(a -> new Interview.Associate(trim(a.name()), trim(a.phone()), trim(a.vehicleRegistration()),
                            a.age(), a.adult()))
                    .toList();
            return new CaseCommand.RecordInterview(new Interview(completedAt, null, interviewer.toProfessional("interviewer"),
                    pushFactors.stream().distinct().toList(), pullFactors.stream().distinct().toList(),
                    trim(factorsInChildsWords), place, with, trim(disclosures),
                    exploitationIndicators.stream().distinct().map(Enum::name).toList()));
        }
    }

    record DecisionNotToOfferBody(@NotBlank @Size(max = 2000) String reason, @Valid @NotNull ProfessionalBody decidedBy,
                                  @NotNull Instant decidedAt) {
        CaseCommand.DecideNotToOffer toCommand() {
            return new CaseCommand.DecideNotToOffer(reason.trim(), decidedBy.toProfessional("decidedBy"), decidedAt);
        }
    }

    record CloseCaseBody(@NotNull Instant closedAt, @Valid @NotNull ProfessionalBody closedBy) {
        CaseCommand.CloseCase toCommand() {
            return new CaseCommand.CloseCase(closedAt, closedBy.toProfessional("closedBy"));
        }
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private CaseRequests() {
    }
}
