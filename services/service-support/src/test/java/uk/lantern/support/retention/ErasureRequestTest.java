package uk.lantern.support.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import uk.lantern.support.problems.InvalidRequestParameter;

class ErasureRequestTest {

    enum Reason { RETENTION, WRONGLY_RECORDED, EPISODE_ERASED }

    @Test
    void wrongly_recorded_is_the_reason_a_person_may_ask_for() {
        assertThat(new ErasureRequest<>(Reason.WRONGLY_RECORDED).wronglyRecorded()).isEqualTo(Reason.WRONGLY_RECORDED);
    }

    @Test
    void any_other_reason_is_refused_naming_the_field() {
        for (Reason reason : new Reason[] {Reason.RETENTION, Reason.EPISODE_ERASED}) {
            assertThatThrownBy(() -> new ErasureRequest<>(reason).wronglyRecorded())
                    .isInstanceOfSatisfying(InvalidRequestParameter.class, e -> assertThat(e.field()).isEqualTo("reason"))
                    .hasMessageContaining("WRONGLY_RECORDED");
        }
    }

    @Test
    void a_purge_schedule_refuses_an_empty_batch_and_a_cron_that_is_not_one() {
        assertThat(new PurgeSchedule("0 30 2 * * *", 200, true).batch()).isEqualTo(200);
        assertThatThrownBy(() -> new PurgeSchedule("0 30 2 * * *", 0, true))
                .hasMessageContaining("lantern.retention.purge-batch");
        assertThatThrownBy(() -> new PurgeSchedule("daily", 200, true))
                .hasMessageContaining("lantern.retention.purge-cron");
    }
}
