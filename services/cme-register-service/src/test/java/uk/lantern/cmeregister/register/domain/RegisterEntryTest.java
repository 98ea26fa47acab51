package uk.lantern.cmeregister.register.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.lantern.cmeregister.register.domain.RegisterCommand.LogEnquiry;
import uk.lantern.cmeregister.register.domain.RegisterCommand.Notify;
import uk.lantern.cmeregister.register.domain.RegisterCommand.RecordAlternativeProvision;
import uk.lantern.cmeregister.register.domain.RegisterCommand.RemoveFromRegister;
import uk.lantern.cmeregister.register.domain.RegisterEvent.AlternativeProvisionRecorded;
import uk.lantern.cmeregister.register.domain.RegisterEvent.ChildAddedToRegister;
import uk.lantern.cmeregister.register.domain.RegisterEvent.ChildRemovedFromRegister;
import uk.lantern.cmeregister.register.domain.RegisterEvent.EnquiryLogged;
import uk.lantern.cmeregister.register.domain.RegisterEvent.NotificationRecorded;

/** Given an entry, when a command arrives, expect these events (or this refusal). */
class RegisterEntryTest {

    static final LocalDate TODAY = LocalDate.parse("2026-11-21");
    static final LocalDate JOINED = LocalDate.parse("2026-10-01");
    static final Child KAI = new Child(null, null, "A123456789012", null, "Kai", "Brown", LocalDate.of(2013, 2, 3),
            Child.Sex.MALE, "PE2 5XY", Ethnicity.WBRI);
    static final School ORTON = new School("110123", "Orton Academy");
    static final School HAMPTON = new School("110456", "Hampton College");
    static final Professional OFFICER = new Professional("Sam Ali", "CME officer", "Peterborough City Council");
    static final RegisterPolicy POLICY = RegisterPolicy.DEFAULT;

    private final AtomicInteger ids = new AtomicInteger();
    private final EventIds eventIds = () -> new UUID(0, ids.incrementAndGet());

    static Notify deletedFromRoll(LocalDate date) {
        return new Notify(KAI, ORTON, NotificationGround.DELETED_FROM_ROLL, DeletionGround.MOVED_AWAY_NO_KNOWN_SCHOOL,
                date, OFFICER);
    }

    static Notify absent(LocalDate date) {
        return new Notify(KAI, ORTON, NotificationGround.TEN_OR_MORE_DAYS_CONTINUOUS_UNAUTHORISED_ABSENCE, null, date,
                OFFICER);
    }

    private RegisterEntry onRegister() {
        return RegisterEntry.add(new EntryId("cme-1"), deletedFromRoll(JOINED), TODAY, eventIds).entry();
    }

    private RegisterEntry withNationalDataCheck(RegisterEntry entry, LocalDate today) {
        return entry.logEnquiry(new LogEnquiry(JOINED.plusDays(7), EnquiryCheck.NATIONAL_DATA, false, null, OFFICER),
                today, eventIds).entry();
    }

    static RemoveFromRegister removal(Outcome outcome, School school, String reason, LocalDate on) {
        return new RemoveFromRegister(outcome, school, reason, on, OFFICER);
    }

    @Nested
    class Joining {

        @Test
        void a_notification_puts_the_child_on_the_register_from_its_date() {
            RegisterEntry.Change change = RegisterEntry.add(new EntryId("cme-1"), deletedFromRoll(JOINED), TODAY, eventIds);

            assertThat(change.events()).singleElement().isInstanceOfSatisfying(ChildAddedToRegister.class, e -> {
                assertThat(e.notification().deletionGround()).isEqualTo(DeletionGround.MOVED_AWAY_NO_KNOWN_SCHOOL);
                assertThat(e.occurredAt()).isEqualTo(Instant.parse("2026-10-01T00:00:00Z"));
            });
            assertThat(change.entry().status()).isEqualTo(EntryStatus.ON_REGISTER);
            assertThat(change.entry().onRegisterSince()).isEqualTo(JOINED);
            assertThat(change.entry().ground()).isEqualTo(NotificationGround.DELETED_FROM_ROLL);
        }

        @Test
        void a_deletion_from_roll_must_give_its_regulation_ground() {
            Notify noGround = new Notify(KAI, ORTON, NotificationGround.DELETED_FROM_ROLL, null, JOINED, OFFICER);

            assertThatThrownBy(() -> RegisterEntry.add(new EntryId("cme-1"), noGround, TODAY, eventIds))
                    .isInstanceOfSatisfying(RegisterRuleViolation.class,
                            v -> assertThat(v.field()).isEqualTo("deletionGround"));
        }

        @Test
        void a_regulation_ground_is_refused_for_a_notification_that_is_not_a_deletion() {
            Notify absentWithDeletionGround = new Notify(KAI, ORTON,
                    NotificationGround.TEN_OR_MORE_DAYS_CONTINUOUS_UNAUTHORISED_ABSENCE, DeletionGround.OTHER, JOINED, OFFICER);

            assertThatThrownBy(() -> RegisterEntry.add(new EntryId("cme-1"), absentWithDeletionGround, TODAY, eventIds))
                    .isInstanceOfSatisfying(RegisterRuleViolation.class,
                            v -> assertThat(v.field()).isEqualTo("deletionGround"));
            assertThat(RegisterEntry.add(new EntryId("cme-1"), absent(JOINED), TODAY, eventIds).events()).hasSize(1);
        }

        @Test
        void a_notification_dated_in_the_future_is_refused_but_one_dated_today_is_taken() {
            assertThatThrownBy(() -> RegisterEntry.add(new EntryId("cme-1"), absent(TODAY.plusDays(1)), TODAY, eventIds))
                    .isInstanceOfSatisfying(RegisterRuleViolation.class, v -> assertThat(v.field()).isEqualTo("date"));
            assertThat(RegisterEntry.add(new EntryId("cme-1"), absent(TODAY), TODAY, eventIds).events()).hasSize(1);
        }

        @Test
        void a_child_with_no_identifier_and_no_family_name_or_a_malformed_upn_is_refused() {
            assertThatThrownBy(() -> new Child(null, null, null, null, "Kai", null, null, null, null, null))
                    .isInstanceOfSatisfying(RegisterRuleViolation.class, v -> assertThat(v.field()).isEqualTo("pupil"));
            assertThatThrownBy(() -> new Child(null, null, "123", null, null, "Brown", null, null, null, null))
                    .isInstanceOfSatisfying(RegisterRuleViolation.class, v -> assertThat(v.field()).isEqualTo("pupil.upn"));
        }

        @Test
        void a_school_urn_must_be_six_digits() {
            assertThatThrownBy(() -> new School("11012", "Orton Academy"))
                    .isInstanceOfSatisfying(RegisterRuleViolation.class, v -> assertThat(v.field()).isEqualTo("urn"));
        }
    }

    @Nested
    class RepeatNotifications {

        @Test
        void a_further_notification_for_a_child_on_the_register_is_recorded_on_the_same_entry() {
            RegisterEntry.Change change = onRegister().recordNotification(absent(JOINED.plusDays(20)), TODAY, eventIds);

            assertThat(change.events()).singleElement().isInstanceOf(NotificationRecorded.class);
            assertThat(change.entry().notifications()).hasSize(2);
            assertThat(change.entry().onRegisterSince()).isEqualTo(JOINED);
            assertThat(change.entry().ground()).isEqualTo(NotificationGround.DELETED_FROM_ROLL);
        }

        @Test
        void the_same_notification_sent_twice_is_recorded_once() {
            RegisterEntry.Change change = onRegister().recordNotification(deletedFromRoll(JOINED), TODAY, eventIds);

            assertThat(change.events()).isEmpty();
            assertThat(change.entry().notifications()).hasSize(1);
        }

        @Test
        void a_notification_cannot_be_added_to_an_entry_already_closed() {
            RegisterEntry removed = onRegister().remove(removal(Outcome.ELECTIVE_HOME_EDUCATION, null, null, TODAY),
                    POLICY, TODAY, eventIds).entry();

            assertThatThrownBy(() -> removed.recordNotification(absent(TODAY), TODAY, eventIds))
                    .isInstanceOf(RegisterStateConflict.class);
        }
    }

    @Nested
    class Enquiries {

        @Test
        void an_enquiry_is_logged_with_its_date_and_national_data_checks_are_listed() {
            RegisterEntry.Change change = onRegister().logEnquiry(
                    new LogEnquiry(JOINED.plusDays(3), EnquiryCheck.NATIONAL_DATA, false, "Not on lost pupils", OFFICER),
                    TODAY, eventIds);

            assertThat(change.events()).singleElement().isInstanceOfSatisfying(EnquiryLogged.class,
                    e -> assertThat(e.enquiry().madeOn()).isEqualTo(JOINED.plusDays(3)));
            assertThat(change.entry().nationalDataChecks()).containsExactly(JOINED.plusDays(3));
        }

        @Test
        void an_enquiry_other_than_national_data_is_not_a_national_data_check() {
            RegisterEntry after = onRegister().logEnquiry(
                    new LogEnquiry(JOINED.plusDays(3), EnquiryCheck.HOME_VISIT, false, null, OFFICER), TODAY, eventIds).entry();

            assertThat(after.enquiries()).hasSize(1);
            assertThat(after.nationalDataChecks()).isEmpty();
        }

        @Test
        void an_enquiry_dated_in_the_future_or_without_its_result_is_refused() {
            assertThatThrownBy(() -> onRegister().logEnquiry(
                    new LogEnquiry(TODAY.plusDays(1), EnquiryCheck.HOME_VISIT, true, null, OFFICER), TODAY, eventIds))
                    .isInstanceOfSatisfying(RegisterRuleViolation.class, v -> assertThat(v.field()).isEqualTo("madeOn"));
            assertThatThrownBy(() -> onRegister().logEnquiry(
                    new LogEnquiry(TODAY, EnquiryCheck.HOME_VISIT, null, null, OFFICER), TODAY, eventIds))
                    .isInstanceOfSatisfying(RegisterRuleViolation.class,
                            v -> assertThat(v.field()).isEqualTo("whereaboutsFound"));
        }

        @Test
        void no_enquiry_is_logged_on_an_entry_already_closed() {
            RegisterEntry removed = onRegister().remove(removal(Outcome.ELECTIVE_HOME_EDUCATION, null, null, TODAY),
                    POLICY, TODAY, eventIds).entry();

            assertThatThrownBy(() -> removed.logEnquiry(
                    new LogEnquiry(TODAY, EnquiryCheck.HOME_VISIT, true, null, OFFICER), TODAY, eventIds))
                    .isInstanceOf(RegisterStateConflict.class);
        }
    }

    @Nested
    class AlternativeProvisionHours {

        private AlternativeProvisionRecorded recorded(double hours, RegisterPolicy policy) {
            return (AlternativeProvisionRecorded) onRegister().recordAlternativeProvision(
                    new RecordAlternativeProvision("City tuition centre", hours, JOINED.plusDays(5), OFFICER), policy,
                    eventIds).events().get(0);
        }

        @Test
        void fewer_hours_a_week_than_the_threshold_are_flagged_with_the_threshold_used() {
            AlternativeProvisionRecorded event = recorded(24.5, POLICY);

            assertThat(event.provision().belowThreshold()).isTrue();
            assertThat(event.provision().thresholdHours()).isEqualTo(25.0);
        }

        @Test
        void hours_at_the_threshold_are_not_flagged() {
            assertThat(recorded(25, POLICY).provision().belowThreshold()).isFalse();
        }

        @Test
        void the_threshold_is_local_policy() {
            RegisterPolicy twenty = new RegisterPolicy(Period.ofYears(2), 20);

            assertThat(recorded(22, twenty).provision().belowThreshold()).isFalse();
            assertThat(recorded(22, twenty).provision().thresholdHours()).isEqualTo(20.0);
        }

        @Test
        void hours_outside_a_week_or_a_missing_provider_are_refused() {
            assertThatThrownBy(() -> recorded(200, POLICY))
                    .isInstanceOfSatisfying(RegisterRuleViolation.class, v -> assertThat(v.field()).isEqualTo("hoursPerWeek"));
            assertThatThrownBy(() -> onRegister().recordAlternativeProvision(
                    new RecordAlternativeProvision(" ", 10.0, JOINED, OFFICER), POLICY, eventIds))
                    .isInstanceOfSatisfying(RegisterRuleViolation.class, v -> assertThat(v.field()).isEqualTo("provider"));
        }
    }

    @Nested
    class Leaving {

        @Test
        void a_child_leaves_only_with_an_outcome() {
            assertThatThrownBy(() -> onRegister().remove(removal(null, null, null, TODAY), POLICY, TODAY, eventIds))
                    .isInstanceOfSatisfying(RegisterRuleViolation.class, v -> assertThat(v.field()).isEqualTo("outcome"));
        }

        @Test
        void on_roll_elsewhere_names_the_school() {
            assertThatThrownBy(() -> onRegister().remove(removal(Outcome.ON_ROLL_ELSEWHERE, null, null, TODAY), POLICY,
                    TODAY, eventIds))
                    .isInstanceOfSatisfying(RegisterRuleViolation.class, v -> assertThat(v.field()).isEqualTo("school"));

            RegisterEntry.Change change = onRegister().remove(removal(Outcome.ON_ROLL_ELSEWHERE, HAMPTON, null, TODAY),
                    POLICY, TODAY, eventIds);

            assertThat(change.entry().status()).isEqualTo(EntryStatus.REMOVED);
            assertThat(change.events()).singleElement().isInstanceOfSatisfying(ChildRemovedFromRegister.class, e -> {
                assertThat(e.removal().school()).isEqualTo(HAMPTON);
                assertThat(e.onRegisterSince()).isEqualTo(JOINED);
            });
        }

        @Test
        void a_school_is_refused_for_an_outcome_other_than_on_roll_elsewhere() {
            assertThatThrownBy(() -> onRegister().remove(removal(Outcome.ELECTIVE_HOME_EDUCATION, HAMPTON, null, TODAY),
                    POLICY, TODAY, eventIds))
                    .isInstanceOfSatisfying(RegisterRuleViolation.class, v -> assertThat(v.field()).isEqualTo("school"));
        }

        @Test
        void other_gives_a_reason() {
            assertThatThrownBy(() -> onRegister().remove(removal(Outcome.OTHER, null, "  ", TODAY), POLICY, TODAY, eventIds))
                    .isInstanceOfSatisfying(RegisterRuleViolation.class, v -> assertThat(v.field()).isEqualTo("reason"));
            assertThat(onRegister().remove(removal(Outcome.OTHER, null, "Died", TODAY), POLICY, TODAY, eventIds)
                    .entry().removal().reason()).isEqualTo("Died");
        }

        @Test
        void a_removal_dated_before_the_child_joined_or_in_the_future_is_refused() {
            assertThatThrownBy(() -> onRegister().remove(removal(Outcome.ELECTIVE_HOME_EDUCATION, null, null,
                    JOINED.minusDays(1)), POLICY, TODAY, eventIds))
                    .isInstanceOfSatisfying(RegisterRuleViolation.class, v -> assertThat(v.field()).isEqualTo("removedOn"));
            assertThatThrownBy(() -> onRegister().remove(removal(Outcome.ELECTIVE_HOME_EDUCATION, null, null,
                    TODAY.plusDays(1)), POLICY, TODAY, eventIds))
                    .isInstanceOfSatisfying(RegisterRuleViolation.class, v -> assertThat(v.field()).isEqualTo("removedOn"));
        }

        @Test
        void a_child_already_removed_cannot_be_removed_again() {
            RegisterEntry removed = onRegister().remove(removal(Outcome.CONFIRMED_LEFT_THE_COUNTRY, null, null, TODAY),
                    POLICY, TODAY, eventIds).entry();

            assertThatThrownBy(() -> removed.remove(removal(Outcome.ELECTIVE_HOME_EDUCATION, null, null, TODAY), POLICY,
                    TODAY, eventIds)).isInstanceOf(RegisterStateConflict.class);
        }
    }

    @Nested
    class WhereaboutsUnknown {

        static final LocalDate TWO_YEARS_ON = JOINED.plusYears(2);

        @Test
        void the_entry_shows_the_first_day_it_may_be_closed_as_whereabouts_unknown() {
            assertThat(onRegister().whereaboutsUnknownRemovalFrom(POLICY)).isEqualTo(LocalDate.parse("2028-10-01"));
        }

        @Test
        void closing_as_whereabouts_unknown_before_the_retention_period_ends_is_refused() {
            RegisterEntry checked = withNationalDataCheck(onRegister(), TODAY);
            LocalDate dayBefore = TWO_YEARS_ON.minusDays(1);

            assertThatThrownBy(() -> checked.remove(removal(Outcome.WHEREABOUTS_UNKNOWN_RETENTION_ENDED, null, null,
                    dayBefore), POLICY, dayBefore, eventIds))
                    .isInstanceOfSatisfying(RegisterRuleViolation.class, v -> {
                        assertThat(v.field()).isEqualTo("outcome");
                        assertThat(v.reason()).contains("2028-10-01");
                    });
        }

        @Test
        void closing_as_whereabouts_unknown_after_the_retention_period_with_a_national_data_check_is_taken() {
            RegisterEntry checked = withNationalDataCheck(onRegister(), TODAY);

            RegisterEntry.Change change = checked.remove(removal(Outcome.WHEREABOUTS_UNKNOWN_RETENTION_ENDED, null, null,
                    TWO_YEARS_ON), POLICY, TWO_YEARS_ON, eventIds);

            assertThat(change.entry().status()).isEqualTo(EntryStatus.REMOVED);
        }

        @Test
        void closing_as_whereabouts_unknown_without_a_national_data_check_is_refused() {
            assertThatThrownBy(() -> onRegister().remove(removal(Outcome.WHEREABOUTS_UNKNOWN_RETENTION_ENDED, null, null,
                    TWO_YEARS_ON), POLICY, TWO_YEARS_ON, eventIds))
                    .isInstanceOfSatisfying(RegisterRuleViolation.class, v -> {
                        assertThat(v.field()).isEqualTo("outcome");
                        assertThat(v.reason()).contains("national data");
                    });
        }

        @Test
        void the_retention_period_is_local_policy() {
            RegisterPolicy oneYear = new RegisterPolicy(Period.ofYears(1), 25);
            RegisterEntry checked = withNationalDataCheck(onRegister(), TODAY);
            LocalDate oneYearOn = JOINED.plusYears(1);

            assertThat(checked.whereaboutsUnknownRemovalFrom(oneYear)).isEqualTo(oneYearOn);
            assertThat(checked.remove(removal(Outcome.WHEREABOUTS_UNKNOWN_RETENTION_ENDED, null, null, oneYearOn),
                    oneYear, oneYearOn, eventIds).entry().status()).isEqualTo(EntryStatus.REMOVED);
        }
    }
}
