package uk.lantern.console.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static TimelineEvent at(Lane lane, String instant) {
        return new TimelineEvent(lane, Instant.parse(instant), "something", null);
    }

    @Test
    void the_axis_runs_from_the_start_of_the_first_month_to_the_end_of_the_last() {
        Timeline t = Timeline.draw(List.of(at(Lane.MISSING, "2026-01-01T00:00:00Z"),
                at(Lane.CME, "2026-03-31T22:59:00Z")), EnumSet.allOf(Lane.class), LONDON);

        assertThat(t.ticks()).hasSize(4);
        assertThat(t.ticks().get(0).x()).isEqualTo(Timeline.LEFT);
        assertThat(t.ticks().get(3).x()).isEqualTo(Timeline.WIDTH - Timeline.RIGHT);
        assertThat(t.labelled()).extracting(Timeline.Tick::label).containsExactly("Jan 2026", "Feb 2026", "Mar 2026");
        assertThat(t.marks().get(0).x()).isEqualTo(Timeline.LEFT);
    }

    @Test
    void a_mark_sits_in_its_sources_lane_at_its_time() {
        Timeline t = Timeline.draw(List.of(at(Lane.MISSING, "2026-01-01T00:00:00Z"),
                at(Lane.EXPLOITATION, "2026-01-16T12:00:00Z")), EnumSet.allOf(Lane.class), LONDON);

        Timeline.Row exploitation = t.rows().get(3);
        assertThat(exploitation.lane()).isEqualTo(Lane.EXPLOITATION);
        Timeline.Mark mark = t.marks().stream().filter(m -> m.lane() == Lane.EXPLOITATION).findFirst().orElseThrow();
        assertThat(mark.y()).isEqualTo(exploitation.y());
        double half = Timeline.LEFT + (Timeline.WIDTH - Timeline.LEFT - Timeline.RIGHT) / 2.0;
        assertThat(mark.x()).isCloseTo(half, org.assertj.core.data.Offset.offset(1.0));
    }

    @Test
    void months_are_london_months_so_an_event_at_midnight_bst_belongs_to_the_new_month() {
        // 1 June 2026 00:30 in London is 31 May 23:30 UTC
        Timeline t = Timeline.draw(List.of(at(Lane.MISSING, "2026-05-31T23:30:00Z")), EnumSet.allOf(Lane.class),
                LONDON);

        assertThat(t.labelled()).extracting(Timeline.Tick::label).containsExactly("Jun 2026");
    }

    @Test
    void a_long_history_labels_at_most_twelve_months() {
        Timeline t = Timeline.draw(List.of(at(Lane.MISSING, "2024-01-10T10:00:00Z"),
                at(Lane.MISSING, "2026-12-10T10:00:00Z")), EnumSet.allOf(Lane.class), LONDON);

        assertThat(t.ticks()).hasSize(37);
        assertThat(t.labelled()).hasSize(12).first().extracting(Timeline.Tick::label).isEqualTo("Jan 2024");
        assertThat(t.labelled().get(1).label()).isEqualTo("Apr 2024");
    }

    @Test
    void events_close_together_in_a_lane_are_set_above_and_below_one_another_within_the_lane() {
        Timeline t = Timeline.draw(List.of(at(Lane.MISSING, "2026-02-01T10:00:00Z"),
                at(Lane.MISSING, "2026-02-01T11:00:00Z"), at(Lane.MISSING, "2026-02-01T12:00:00Z"),
                at(Lane.MISSING, "2026-02-20T12:00:00Z")), EnumSet.allOf(Lane.class), LONDON);

        int y = t.rows().get(0).y();
        assertThat(t.marks()).extracting(Timeline.Mark::y).containsExactly((double) y, (double) y - Timeline.STEP,
                (double) y + Timeline.STEP, (double) y);
        assertThat(t.marks()).allSatisfy(m -> assertThat(Math.abs(m.y() - y) + 6).isLessThan(Timeline.LANE / 2));
    }

    @Test
    void the_filter_keeps_only_the_chosen_lanes_and_their_events() {
        Timeline t = Timeline.draw(List.of(at(Lane.MISSING, "2026-02-01T10:00:00Z"),
                at(Lane.MACE, "2026-03-01T10:00:00Z")), EnumSet.of(Lane.MACE), LONDON);

        assertThat(t.rows()).extracting(Timeline.Row::lane).containsExactly(Lane.MACE);
        assertThat(t.marks()).extracting(Timeline.Mark::lane).containsExactly(Lane.MACE);
        assertThat(t.labelled()).extracting(Timeline.Tick::label).containsExactly("Mar 2026");
        assertThat(t.height()).isEqualTo(Timeline.TOP + Timeline.LANE + Timeline.AXIS);
    }

    @Test
    void undated_events_are_counted_not_drawn_and_no_events_draw_empty_lanes() {
        Timeline t = Timeline.draw(List.of(new TimelineEvent(Lane.CME, null, "x", null)), EnumSet.allOf(Lane.class),
                LONDON);

        assertThat(t.marks()).isEmpty();
        assertThat(t.ticks()).isEmpty();
        assertThat(t.undated()).isEqualTo(1);
        assertThat(t.rows()).hasSize(5);
    }
}
