package uk.lantern.cmeregister.retention.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import uk.lantern.cmeregister.register.domain.Child;
import uk.lantern.cmeregister.register.domain.DeletionGround;
import uk.lantern.cmeregister.register.domain.EntryId;
import uk.lantern.cmeregister.register.domain.EventIds;
import uk.lantern.cmeregister.register.domain.NotificationGround;
import uk.lantern.cmeregister.register.domain.Outcome;
import uk.lantern.cmeregister.register.domain.Professional;
import uk.lantern.cmeregister.register.domain.RegisterCommand;
import uk.lantern.cmeregister.register.domain.RegisterEntry;
import uk.lantern.cmeregister.register.domain.RegisterPolicy;
import uk.lantern.cmeregister.register.domain.School;

/** Given an entry and a day, is its retention period over? */
class RetentionPolicyTest {

    static final LocalDate JOINED = LocalDate.parse("2026-03-02");
    static final LocalDate LEFT = LocalDate.parse("2026-07-15");
    static final Professional OFFICER = new Professional("Sam Ali", "CME officer", null);
    static final RetentionPolicy SIX_YEARS = new RetentionPolicy(Period.ofYears(6));

    private final AtomicInteger ids = new AtomicInteger();
    private final EventIds eventIds = () -> new UUID(0, ids.incrementAndGet());

    private RegisterEntry onRegister() {
        Child kai = new Child(null, null, "A123456789012", null, "Kai", "Brown", null, null, null, null);
        return RegisterEntry.add(new EntryId("cme-1"), new RegisterCommand.Notify(kai, new School("110123", "Orton"),
                NotificationGround.DELETED_FROM_ROLL, DeletionGround.MOVED_AWAY_NO_KNOWN_SCHOOL, JOINED, OFFICER),
                JOINED, eventIds).entry();
    }

    private RegisterEntry left(Outcome outcome, String reason) {
        return onRegister().remove(new RegisterCommand.RemoveFromRegister(outcome, null, reason, LEFT, OFFICER),
                RegisterPolicy.DEFAULT, LEFT, eventIds).entry();
    }

    @Test
    void an_entry_is_due_on_the_day_the_period_after_the_child_left_ends_and_not_the_day_before() {
        RegisterEntry entry = left(Outcome.ELECTIVE_HOME_EDUCATION, null);

        assertThat(SIX_YEARS.due(entry, LocalDate.parse("2032-07-14"))).isFalse();
        assertThat(SIX_YEARS.due(entry, LocalDate.parse("2032-07-15"))).isTrue();
        assertThat(SIX_YEARS.due(entry, LocalDate.parse("2040-01-01"))).isTrue();
        assertThat(RetentionPolicy.clockStartsOn(entry)).contains(LEFT);
    }

    @Test
    void the_clock_starts_when_the_child_left_not_when_they_joined() {
        RegisterEntry entry = left(Outcome.OTHER, "Moved in with grandparents");

        assertThat(SIX_YEARS.due(entry, JOINED.plusYears(6))).isFalse();
        assertThat(SIX_YEARS.cutoff(LocalDate.parse("2032-07-15"))).isEqualTo(LEFT);
    }

    @Test
    void a_child_still_on_the_register_is_never_due() {
        RegisterEntry entry = onRegister();

        assertThat(SIX_YEARS.due(entry, JOINED.plusYears(60))).isFalse();
        assertThat(RetentionPolicy.clockStartsOn(entry)).isEmpty();
    }

    @Test
    void a_period_must_be_positive() {
        assertThatThrownBy(() -> new RetentionPolicy(Period.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetentionPolicy(Period.ofYears(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetentionPolicy(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
