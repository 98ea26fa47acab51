package uk.lantern.reporting.figures.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.lantern.reporting.figures.domain.Figure;
import uk.lantern.reporting.figures.domain.FigureDefinition;
import uk.lantern.reporting.figures.domain.Figures;
import uk.lantern.reporting.figures.domain.Period;
import uk.lantern.reporting.figures.domain.ReadModel;
import uk.lantern.reporting.figures.domain.ReportingRules;
import uk.lantern.reporting.ledger.application.LedgerService;
import uk.lantern.reporting.ledger.domain.LedgerEntry;
import uk.lantern.reporting.lists.domain.ListDocument;
import uk.lantern.reporting.lists.domain.StatutoryLists;

/**
 * Answers the figures and lists as at an instant: reads the ledger, folds what was known then, computes. Nothing is
 * cached between questions, so an answer is always the ledger's.
 */
public class Reports {

    private final LedgerService ledger;
    private final Clock clock;
    private final ReportingRules rules;

    public Reports(LedgerService ledger, Clock clock, ReportingRules rules) {
        this.ledger = ledger;
        this.clock = clock;
        this.rules = rules;
    }

    public ReportingRules rules() {
        return rules;
    }

    public Instant now() {
        return clock.instant();
    }

    public ReadModel modelAt(Instant asAt) {
        return ReadModel.asAt(ledger.all(), asAt);
    }

    public List<Figure> figures(Period period, Instant asAt) {
        ReadModel model = modelAt(asAt);
        return Figures.ALL.stream().map(f -> Figures.compute(f, model, period, rules)).toList();
    }

    public Figure figure(FigureDefinition definition, Period period, Instant asAt) {
        return Figures.compute(definition, modelAt(asAt), period, rules);
    }

    public Figures.Explanation explain(FigureDefinition definition, Period period, Instant asAt, Instant compareAsAt) {
        List<LedgerEntry> all = ledger.all();
        return Figures.explain(definition, ReadModel.asAt(all, asAt), ReadModel.asAt(all, compareAsAt), period, rules);
    }

    public ListDocument ofstedEpisodes(LocalDate to, Instant asAt) {
        return StatutoryLists.ofstedEpisodes(modelAt(asAt), to, rules);
    }

    public ListDocument ofstedLookedAfter(LocalDate to, Instant asAt) {
        return StatutoryLists.ofstedLookedAfter(modelAt(asAt), to, rules);
    }

    public ListDocument ssda903(Period year, Instant asAt) {
        return StatutoryLists.ssda903(modelAt(asAt), year, rules);
    }

    public ListDocument ssda903Validation(Period year, Instant asAt) {
        return StatutoryLists.ssda903Validation(modelAt(asAt), year, rules);
    }
}
