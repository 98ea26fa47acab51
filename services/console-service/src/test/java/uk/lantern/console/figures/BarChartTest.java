package uk.lantern.console.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BarChartTest {

    @Test
    void the_scale_ends_at_the_round_number_at_or_above_the_largest_value() {
        assertThat(BarChart.niceCeiling(1)).isEqualTo(1);
        assertThat(BarChart.niceCeiling(3)).isEqualTo(5);
        assertThat(BarChart.niceCeiling(5)).isEqualTo(5);
        assertThat(BarChart.niceCeiling(6)).isEqualTo(10);
        assertThat(BarChart.niceCeiling(11)).isEqualTo(20);
        assertThat(BarChart.niceCeiling(120)).isEqualTo(200);
        assertThat(BarChart.niceCeiling(86_900)).isEqualTo(100_000);
    }

    @Test
    void the_largest_bar_reaches_its_share_of_the_scale_and_a_zero_bar_has_no_height() {
        BarChart chart = BarChart.of(List.of(new BarChart.Value("Oct 2026", 10), new BarChart.Value("Nov 2026", 0),
                new BarChart.Value("Dec 2026", 20)));

        assertThat(chart.scaleMax()).isEqualTo(20);
        BarChart.Bar tallest = chart.bars().get(2);
        assertThat(tallest.y()).isEqualTo(chart.top());
        assertThat(tallest.barHeight()).isEqualTo(chart.bottom() - chart.top());
        assertThat(chart.bars().get(0).barHeight()).isEqualTo((chart.bottom() - chart.top()) / 2.0);
        assertThat(chart.bars().get(1).barHeight()).isZero();
        assertThat(chart.bars().get(1).y()).isEqualTo(chart.bottom());
    }

    @Test
    void each_number_is_written_just_above_its_bar_and_bars_keep_their_order_left_to_right() {
        BarChart chart = BarChart.of(List.of(new BarChart.Value("a", 3), new BarChart.Value("b", 7)));

        assertThat(chart.bars()).extracting(BarChart.Bar::label).containsExactly("a", "b");
        assertThat(chart.bars().get(0).x()).isLessThan(chart.bars().get(1).x());
        chart.bars().forEach(b -> assertThat(b.valueY()).isEqualTo(b.y() - 6));
        chart.bars().forEach(b -> assertThat(b.centre()).isEqualTo(Math.round((b.x() + b.barWidth() / 2) * 10) / 10.0,
                org.assertj.core.data.Offset.offset(0.11)));
    }

    @Test
    void gridlines_are_evenly_spaced_from_zero_to_the_top_of_the_scale() {
        BarChart chart = BarChart.of(List.of(new BarChart.Value("a", 37)));

        assertThat(chart.scaleMax()).isEqualTo(50);
        assertThat(chart.ticks()).extracting(BarChart.Tick::value).containsExactly(0L, 12L, 24L, 36L, 48L);
        assertThat(chart.ticks().get(0).y()).isEqualTo(chart.bottom());
    }

    @Test
    void nothing_to_count_still_draws_a_scale_of_one_and_no_bars() {
        BarChart empty = BarChart.of(List.of());
        BarChart zeros = BarChart.of(List.of(new BarChart.Value("Nov 2026", 0)));

        assertThat(empty.bars()).isEmpty();
        assertThat(empty.scaleMax()).isEqualTo(1);
        assertThat(zeros.bars().get(0).barHeight()).isZero();
    }

    @Test
    void a_list_file_is_named_by_the_list_the_collection_year_and_the_date() {
        assertThat(StatutoryList.SSDA903_MISSING.fileName(LocalDate.of(2027, 3, 31)))
                .isEqualTo("ssda903-missing-2026-27-as-at-2027-03-31.csv");
        assertThat(StatutoryList.SSDA903_MISSING.fileName(LocalDate.of(2027, 4, 1)))
                .isEqualTo("ssda903-missing-2027-28-as-at-2027-04-01.csv");
        assertThat(StatutoryList.OFSTED_MISSING_EPISODES.fileName(LocalDate.of(2026, 12, 1)))
                .isEqualTo("ofsted-missing-episodes-as-at-2026-12-01.csv");
    }
}
