package uk.lantern.reporting.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.lantern.reporting.figures.domain.Figures;
import uk.lantern.reporting.figures.domain.Period;
import uk.lantern.reporting.figures.domain.ReadModel;
import uk.lantern.reporting.figures.domain.ReportingRules;
import uk.lantern.reporting.ledger.application.LedgerService;
import uk.lantern.reporting.ledger.application.LedgerStore;
import uk.lantern.reporting.ledger.domain.LedgerEntry;
import uk.lantern.reporting.ledger.domain.LedgerEntry.Source;
import uk.lantern.reporting.ledger.messaging.SourceEvents;
import uk.lantern.reporting.lists.domain.StatutoryLists;
import uk.lantern.schemas.UndecodableEventException;
import uk.lantern.testsupport.fuzz.EventCases;
import uk.lantern.testsupport.fuzz.FuzzReport;

/**
 * Generated and mutated messages of each of the six streams, straight into the reader: each is either kept or refused
 * as undecodable (which the binding dead-letters), never another failure; and whatever was kept folds into every figure
 * and list without failing. More cases with -Dlantern.fuzz.cases (tools/fuzz.sh).
 */
class HostileEventsTest {

    /** The ledger in memory: this test is about the reader and the fold, not the store. */
    static final class InMemoryLedger implements LedgerStore {
        final Map<String, LedgerEntry> entries = new LinkedHashMap<>();

        public boolean append(LedgerEntry entry) {
            return entries.putIfAbsent(entry.eventId(), entry) == null;
        }

        public List<LedgerEntry> knownBy(Instant asAt) {
            return all().stream().filter(e -> !e.knownAt().isAfter(asAt)).toList();
        }

        public List<LedgerEntry> all() {
            List<LedgerEntry> all = new ArrayList<>(entries.values());
            all.sort(LedgerEntry.FOLD_ORDER);
            return all;
        }

        public boolean erased(Source source, String recordId) {
            return false;
        }

        public void forgetChild(Source source, String recordId) {
        }

        public long size() {
            return entries.size();
        }
    }

    @ParameterizedTest
    @EnumSource(Source.class)
    void a_message_is_kept_or_refused_as_undecodable_and_what_is_kept_folds(Source source) {
        InMemoryLedger store = new InMemoryLedger();
        SourceEvents reader = new SourceEvents(new LedgerService(store), (s, added) -> { });
        FuzzReport report = new EventCases(topic(source)).feed("reporting-service reader of " + source,
                FuzzReport.casesOr(200), FuzzReport.seedOr(20261206L), message -> reader.accept(source, message),
                UndecodableEventException.class).print();
        assertThat(report.failures()).as(report.summary()).isEmpty();
        assertThat(report.outcome("accepted")).isPositive();
        ReadModel model = ReadModel.asAt(store.all(), Instant.parse("2100-01-01T00:00:00Z"));
        ReportingRules rules = ReportingRules.defaults();
        Period year = new Period(java.time.LocalDate.of(1990, 1, 1), java.time.LocalDate.of(2099, 12, 31));
        Figures.ALL.forEach(f -> Figures.compute(f, model, Period.collectionYear(2026), rules));
        Figures.ALL.forEach(f -> f.items(model, year, rules));
        StatutoryLists.ofstedEpisodes(model, java.time.LocalDate.of(2026, 11, 30), rules).csv();
        StatutoryLists.ssda903Validation(model, Period.collectionYear(2026), rules).csv();
    }

    static uk.lantern.schemas.Topic<?> topic(Source source) {
        return switch (source) {
            case MISSING_EPISODES -> uk.lantern.schemas.Topics.MISSING_EPISODES;
            case RETURN_INTERVIEWS -> uk.lantern.schemas.Topics.RETURN_INTERVIEWS;
            case CME_REGISTER -> uk.lantern.schemas.Topics.CME_REGISTER;
            case EXPLOITATION_RISK -> uk.lantern.schemas.Topics.EXPLOITATION_RISK;
            case IDENTITY -> uk.lantern.schemas.Topics.IDENTITY;
            case ALERTS -> uk.lantern.schemas.Topics.ALERTS;
            case ALERT_WORK -> uk.lantern.schemas.Topics.ALERT_WORK;
            case MACE -> uk.lantern.schemas.Topics.MACE;
        };
    }
}
