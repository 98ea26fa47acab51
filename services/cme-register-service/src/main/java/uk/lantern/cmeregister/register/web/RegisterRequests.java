package uk.lantern.cmeregister.register.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import uk.lantern.cmeregister.register.domain.Child;
import uk.lantern.cmeregister.register.domain.DeletionGround;
import uk.lantern.cmeregister.register.domain.EnquiryCheck;
import uk.lantern.cmeregister.register.domain.Ethnicity;
import uk.lantern.cmeregister.register.domain.NotificationGround;
import uk.lantern.cmeregister.register.domain.Outcome;
import uk.lantern.cmeregister.register.domain.Professional;
import uk.lantern.cmeregister.register.domain.RegisterCommand;
import uk.lantern.cmeregister.register.domain.RegisterRuleViolation;
import uk.lantern.cmeregister.register.domain.School;

/** The JSON bodies schools and CME officers send. Shape is checked here; the rules of the register by the domain. */
final class RegisterRequests {

    record PupilBody(
            @Size(max = 13) String upn,
            @Size(max = 64) String localAuthorityPersonId,
            @Size(max = 10) String nhsNumber,
            @Size(max = 64) String policePersonId,
            @Size(max = 100) String givenName,
            @Size(max = 100) String familyName,
            @Past LocalDate dateOfBirth,
            Child.Sex sex,
            @Size(max = 10) String postcode,
            @Schema(description = "Optional. The pupil's ethnicity in the DfE's codes (as in the school census), e.g. "
                    + "WBRI White British, MWBC White and Black Caribbean, REFU refused, NOBT not yet obtained; any "
                    + "other value is refused (400 naming pupil.ethnicity).")
            Ethnicity ethnicity) {

        Child toChild() {
            try {
                return new Child(trim(localAuthorityPersonId), trim(nhsNumber), trim(upn), trim(policePersonId),
                        trim(givenName), trim(familyName), dateOfBirth, sex, trim(postcode), ethnicity);
            } catch (RegisterRuleViolation v) {
                throw v.field().startsWith("pupil") ? v : v.under("pupil");
            }
        }
    }

    record SchoolBody(@NotBlank @Pattern(regexp = "[0-9]{6}", message = "must be the school's 6-digit URN") String urn,
                      @NotBlank @Size(max = 200) String name) {
        School toSchool(String field) {
            try {
                return new School(urn.trim(), name.trim());
            } catch (RegisterRuleViolation v) {
                throw v.under(field);
            }
        }
    }

    record ProfessionalBody(@NotBlank @Size(max = 200) String name, @Size(max = 200) String role,
                            @Size(max = 200) String organisation) {
        Professional toProfessional() {
            return new Professional(name.trim(), trim(role), trim(organisation));
        }
    }

    record NotificationBody(
            @Valid @NotNull PupilBody pupil,
            @Valid @NotNull SchoolBody school,
            @NotNull NotificationGround ground,
            DeletionGround deletionGround,
            @NotNull LocalDate date,
            @Valid @NotNull ProfessionalBody notifiedBy) {

        RegisterCommand.Notify toCommand() {
            return new RegisterCommand.Notify(pupil.toChild(), school.toSchool("school"), ground, deletionGround, date,
                    notifiedBy.toProfessional());
        }
    }

    record EnquiryBody(@NotNull LocalDate madeOn, @NotNull EnquiryCheck check, @NotNull Boolean whereaboutsFound,
                       @Size(max = 4000) String notes, @Valid @NotNull ProfessionalBody madeBy) {
        RegisterCommand.LogEnquiry toCommand() {
            return new RegisterCommand.LogEnquiry(madeOn, check, whereaboutsFound, trim(notes), madeBy.toProfessional());
        }
    }

    record AlternativeProvisionBody(@NotBlank @Size(max = 200) String provider,
                                    @NotNull @DecimalMin("0") @DecimalMax("168") Double hoursPerWeek,
                                    @NotNull LocalDate startedOn, @Valid @NotNull ProfessionalBody recordedBy) {
        RegisterCommand.RecordAlternativeProvision toCommand() {
            return new RegisterCommand.RecordAlternativeProvision(provider.trim(), hoursPerWeek, startedOn,
                    recordedBy.toProfessional());
        }
    }

    /** The outcome is checked by the register's rules (422 naming the field), not here, so that it is explained. */
    record RemovalBody(Outcome outcome, @Valid SchoolBody school, @Size(max = 2000) String reason, LocalDate removedOn,
                       @Valid @NotNull ProfessionalBody removedBy) {
        RegisterCommand.RemoveFromRegister toCommand() {
            return new RegisterCommand.RemoveFromRegister(outcome, school == null ? null : school.toSchool("school"),
                    trim(reason), removedOn, removedBy.toProfessional());
        }
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private RegisterRequests() {
    }
}
