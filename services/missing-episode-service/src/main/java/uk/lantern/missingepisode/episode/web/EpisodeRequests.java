package uk.lantern.missingepisode.episode.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.lantern.missingepisode.episode.domain.AllocatedWorker;
import uk.lantern.missingepisode.episode.domain.Category;
import uk.lantern.missingepisode.episode.domain.Child;
import uk.lantern.missingepisode.episode.domain.EpisodeCommand;
import uk.lantern.missingepisode.episode.domain.EpisodeContext;
import uk.lantern.missingepisode.episode.domain.EpisodeRuleViolation;
import uk.lantern.missingepisode.episode.domain.Ethnicity;
import uk.lantern.missingepisode.episode.domain.LastSeen;
import uk.lantern.missingepisode.episode.domain.Professional;
import uk.lantern.missingepisode.episode.domain.Return;
import uk.lantern.missingepisode.episode.domain.RiskGrade;

/** The JSON bodies recorders send. Shape is checked here; the rules of an episode are checked by the domain. */
final class EpisodeRequests {

    record SubjectBody(
            @Size(max = 64) String localAuthorityPersonId,
            @Size(max = 10) String nhsNumber,
            @Size(max = 13) String upn,
            @Size(max = 64) String policePersonId,
            @Size(max = 100) String givenName,
            @Size(max = 100) String familyName,
            @Past LocalDate dateOfBirth,
            Child.Sex sex,
            @Size(max = 10) String postcode,
            @Schema(description = "Optional. The child's ethnicity in the DfE's codes (SSDA903, CIN census), e.g. WBRI "
                    + "White British, MWBC White and Black Caribbean, REFU refused, NOBT not yet obtained; any other "
                    + "value is refused (400 naming subject.ethnicity).")
            Ethnicity ethnicity) {

        Child toChild() {
            try {
                return new Child(trim(localAuthorityPersonId), trim(nhsNumber), trim(upn), trim(policePersonId),
                        trim(givenName), trim(familyName), dateOfBirth, sex, trim(postcode), ethnicity);
            } catch (EpisodeRuleViolation v) {
                throw v.field().startsWith("subject") ? v : v.under("subject");
            }
        }
    }

    record ContextBody(
            @NotNull EpisodeContext.Type type,
            EpisodeContext.PlacementType placementType,
            @Size(max = 200) String placingAuthority,
            Boolean outOfArea) {

        EpisodeContext toContext() {
            if (type == EpisodeContext.Type.MISSING_FROM_HOME) {
                if (placementType != null || placingAuthority != null || outOfArea != null) {
                    throw new EpisodeRuleViolation("context.placementType",
                            "a child missing from home has no placement; use MISSING_FROM_CARE");
                }
                return EpisodeContext.fromHome();
            }
            if (placementType == null) {
                throw new EpisodeRuleViolation("context.placementType", "required when missing from care");
            }
            if (outOfArea == null) {
                throw new EpisodeRuleViolation("context.outOfArea", "required when missing from care");
            }
            return new EpisodeContext(type, new EpisodeContext.Placement(placementType, trim(placingAuthority), outOfArea));
        }
    }

    record ProfessionalBody(@NotBlank @Size(max = 200) String name, @Size(max = 200) String role,
                            @Size(max = 200) String organisation) {
        Professional toProfessional() {
            return new Professional(name.trim(), trim(role), trim(organisation));
        }
    }

    @Schema(description = "The child's allocated social worker and team, where the reporter knows them (a looked-after "
            + "child, or one on a child protection plan). Figures drill down by team, so the team is required.")
    record AllocatedWorkerBody(@Schema(description = "The social worker's name, if known") @Size(max = 200) String name,
                               @Schema(description = "The team, in the authority's own words, e.g. \"Children in Care 2\"")
                               @NotBlank @Size(max = 200) String team) {
        AllocatedWorker toAllocatedWorker() {
            return new AllocatedWorker(trim(name), team.trim());
        }
    }

    record LastSeenBody(@NotNull Instant at, @Size(max = 300) String place) {
    }

    record ReportEpisodeBody(
            @Valid @NotNull SubjectBody subject,
            @Valid @NotNull ContextBody context,
            @NotNull Category category,
            @Valid @NotNull LastSeenBody lastSeen,
            Instant reportedAt,
            @Valid @NotNull ProfessionalBody reportedBy,
            @Size(max = 64) String policeReference,
            @NotNull RiskGrade riskGrade,
            @NotNull Boolean childProtectionPlan,
            @NotNull Boolean lookedAfter,
            @Valid AllocatedWorkerBody allocatedWorker) {

        EpisodeCommand.ReportEpisode toCommand() {
            return new EpisodeCommand.ReportEpisode(subject.toChild(), context.toContext(), category,
                    new LastSeen(lastSeen.at(), trim(lastSeen.place())), reportedAt, reportedBy.toProfessional(),
                    trim(policeReference), riskGrade, childProtectionPlan, lookedAfter,
                    allocatedWorker == null ? null : allocatedWorker.toAllocatedWorker());
        }
    }

    record RegradeRiskBody(@NotNull RiskGrade riskGrade, @NotNull Instant at, @Valid @NotNull ProfessionalBody by,
                           @NotBlank @Size(max = 2000) String reason) {
        EpisodeCommand.RegradeRisk toCommand() {
            return new EpisodeCommand.RegradeRisk(riskGrade, at, by.toProfessional(), reason.trim());
        }
    }

    record LocationBody(@Size(max = 300) String placeName, @Size(max = 10) String postcode,
                        @DecimalMin("-90") @DecimalMax("90") Double latitude,
                        @DecimalMin("-180") @DecimalMax("180") Double longitude) {
    }

    record AssociateBody(@Size(max = 200) String name, @Size(max = 30) String phone,
                         @Size(max = 12) String vehicleRegistration, @Min(0) @Max(120) Integer age, Boolean adult) {
    }

    record RecordReturnBody(@NotNull Instant returnedAt, @Valid LocationBody location,
                            @Valid @Size(max = 50) List<@NotNull AssociateBody> associates, @NotNull Return.How how,
                            @Valid @NotNull ProfessionalBody recordedBy) {
        EpisodeCommand.RecordReturn toCommand() {
            Return.FoundLocation found = location == null ? null : new Return.FoundLocation(trim(location.placeName()),
                    trim(location.postcode()), location.latitude(), location.longitude());
            List<Return.Associate> with = associates == null ? List.of() : associates.stream()
                    .map(a -> new Return.Associate(trim(a.name()), trim(a.phone()), trim(a.vehicleRegistration()),
                            a.age(), a.adult()))
                    .toList();
            return new EpisodeCommand.RecordReturn(returnedAt, found, with, how, recordedBy.toProfessional());
        }
    }

    record CloseEpisodeBody(@NotNull Instant closedAt, @Valid @NotNull ProfessionalBody closedBy) {
        EpisodeCommand.CloseEpisode toCommand() {
            return new EpisodeCommand.CloseEpisode(closedAt, closedBy.toProfessional());
        }
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private EpisodeRequests() {
    }
}
