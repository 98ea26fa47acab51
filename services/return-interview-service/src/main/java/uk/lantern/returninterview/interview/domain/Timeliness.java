package uk.lantern.returninterview.interview.domain;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The statutory-return table, per month of return and per context (home or care). The statutory guidance (DfE 2014)
 * asks for the interview to be carried out within 72 hours of the return, so both are measured: offered in time, and
 * completed in time. Every case falls in exactly one outcome column: completed in time, completed late, declined (by
 * the child, or by a parent or carer), a decision not to offer, or nothing recorded yet (no interview, decline or
 * decision: the gap that must show, which includes cases offered but not yet carried out). The offer columns count
 * the first offer beside them. In time means at or before the case's deadline ({@link InterviewCase#inTime}). The
 * same cases always give the same table.
 */
public final class Timeliness {

    /**
     * @param returns               cases opened for returns in the month
     * @param offeredInTime         first offer at or before the deadline
     * @param offeredLate           first offer after it
     * @param completedInTime       interview carried out at or before the deadline
     * @param completedLate         carried out after it
     * @param declinedByChild       declined by the child
     * @param declinedByParentOrCarer declined by a parent or carer
     * @param notOfferedWithDecision a recorded decision not to offer, with its reason
     * @param nothingRecorded       no interview, no decline and no decision yet (offered or not)
     * @param noOfferNoDecision     of those, not even offered
     * @param completedInTimePercent completed in time as a share of returns, to one decimal place (nationally about
     *                              63 %)
     */
    public record Row(YearMonth month, Context context, long returns, long offeredInTime, long offeredLate,
                      long completedInTime, long completedLate, long declinedByChild, long declinedByParentOrCarer,
                      long notOfferedWithDecision, long nothingRecorded, long noOfferNoDecision,
                      double completedInTimePercent) {
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 0 : Math.round(part * 1000.0 / whole) / 10.0;
    }

    public static List<Row> of(List<InterviewCase> cases, ZoneId zone) {
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, Row> keys = new TreeMap<>();
        for (InterviewCase c : cases) {
            YearMonth month = YearMonth.from(c.returnedAt().atZone(zone));
            String key = month + "|" + c.context();
            keys.putIfAbsent(key, new Row(month, c.context(), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
            long[] n = counts.computeIfAbsent(key, k -> new long[10]);
            n[0]++;
            c.firstOffer().ifPresent(o -> n[o.withinDeadline() ? 1 : 2]++);
            n[outcomeColumn(c)]++;
            if (c.offers().isEmpty() && c.decisionNotToOffer() == null && c.interview() == null) {
                n[9]++;
            }
        }
        return keys.entrySet().stream().map(e -> {
            long[] n = counts.get(e.getKey());
            return new Row(e.getValue().month(), e.getValue().context(), n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7],
                    n[8], n[9], percent(n[3], n[0]));
        }).sorted(Comparator.comparing(Row::month).thenComparing(Row::context)).toList();
    }

    private static int outcomeColumn(InterviewCase c) {
        if (c.interview() != null) {
            Instant at = c.interview().completedAt();
            return c.inTime(at) ? 3 : 4;
        }
        if (c.answer() != null && c.answer().outcome() == Answer.Outcome.DECLINED) {
            return c.answer().by() == Answer.Respondent.CHILD ? 5 : 6;
        }
        if (c.decisionNotToOffer() != null) {
            return 7;
        }
        return 8;
    }

    private Timeliness() {
    }
}
