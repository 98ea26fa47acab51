package uk.lantern.returninterview.interview.domain;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The statutory-return table: per month of return and per context, how many cases, how many were offered within the
 * deadline or late, completed, declined, not offered by a recorded decision, and still open with neither an offer nor
 * a decision (the gap that must show). The same cases always give the same table.
 */
public final class Timeliness {

    public record Row(YearMonth month, Context context, long cases, long offeredInTime, long offeredLate,
                      long completed, long declined, long notOfferedWithDecision, long noOfferNoDecision) {
    }

    public static List<Row> of(List<InterviewCase> cases, ZoneId zone) {
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, Row> keys = new TreeMap<>();
        for (InterviewCase c : cases) {
            YearMonth month = YearMonth.from(c.returnedAt().atZone(zone));
            String key = month + "|" + c.context();
            keys.putIfAbsent(key, new Row(month, c.context(), 0, 0, 0, 0, 0, 0, 0));
            long[] n = counts.computeIfAbsent(key, k -> new long[7]);
            n[0]++;
            c.firstOffer().ifPresent(o -> n[o.withinDeadline() ? 1 : 2]++);
            if (c.interview() != null) {
                n[3]++;
            }
            if (c.answer() != null && c.answer().outcome() == Answer.Outcome.DECLINED) {
                n[4]++;
            }
            if (c.decisionNotToOffer() != null) {
                n[5]++;
            }
            if (c.offers().isEmpty() && c.decisionNotToOffer() == null) {
                n[6]++;
            }
        }
        return keys.entrySet().stream().map(e -> {
            long[] n = counts.get(e.getKey());
            return new Row(e.getValue().month(), e.getValue().context(), n[0], n[1], n[2], n[3], n[4], n[5], n[6]);
        }).sorted(Comparator.comparing(Row::month).thenComparing(Row::context)).toList();
    }

    private Timeliness() {
    }
}
