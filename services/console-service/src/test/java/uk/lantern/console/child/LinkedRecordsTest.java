package uk.lantern.console.child;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The correlation service's answer on why a child's records were linked, as the page shows it per record. */
class LinkedRecordsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void each_record_has_the_links_that_hold_it_with_the_other_record_and_the_fields_in_words() {
        LinkedRecords linked = LinkedRecords.of(JSON.readTree(ChildPageBrowserIT.IDENTITY));

        var pol17 = linked.of(ChildPageBrowserIT.RECORD);
        assertThat(pol17.firstSeen()).isEqualTo("2 Oct 2026, 10:40");
        assertThat(pol17.said()).as("its links say why").isNull();
        assertThat(pol17.reasons()).singleElement().satisfies(r -> {
            assertThat(r.with()).isEqualTo("Children missing education record cme-4");
            assertThat(r.summary()).startsWith("Confirmed as the same child by Amira Khan on 2 Oct 2026");
            assertThat(r.agreed()).isEqualTo("Family name, date of birth and given name (sounds alike)");
            assertThat(r.differed()).isEqualTo("Postcode");
        });
        assertThat(linked.of("cme-register-service|cme-4|cd34").reasons()).singleElement()
                .satisfies(r -> assertThat(r.with()).isEqualTo("Missing episodes record pol-17"));
        assertThat(linked.waitingWhy("r-1")).contains("twins");
        assertThat(linked.waitingWhy("r-2")).isNull();
    }

    @Test
    void the_records_judged_to_be_someone_else_name_the_other_record_and_keep_the_services_words() {
        LinkedRecords linked = LinkedRecords.of(JSON.readTree(ChildPageBrowserIT.IDENTITY));

        assertThat(linked.apart()).hasSize(2);
        assertThat(linked.apart().get(0).record()).as("the twin's record, not the child's own")
                .isEqualTo("Exploitation risk record cs-3");
        assertThat(linked.apart().get(0).how()).isEqualTo("not the same child");
        assertThat(linked.apart().get(0).summary()).contains("by Jo Patel on 18 Nov 2026")
                .endsWith("Reason given: \"Twin sister: same address and date of birth, different NHS numbers.\"");
        assertThat(linked.apart().get(1).record()).isEqualTo("Children missing education record cme-8");
        assertThat(linked.apart().get(1).how()).isEqualTo("taken out of this child");
        assertThat(linked.apart().get(1).summary()).startsWith("Taken out of this child").doesNotContain("Reason");
    }

    @Test
    void a_record_without_links_says_what_the_service_says_and_one_the_answer_does_not_name_is_not_known() {
        LinkedRecords linked = LinkedRecords.of(JSON.readTree("""
                {"childId":"c-2","records":[
                  {"recordId":"a|k-1|x","source":"a","recordKey":"k-1","firstSeenAt":null,
                   "why":"Linked before Lantern kept its reasons."}],
                 "links":[],"pendingReviews":[]}
                """));

        assertThat(linked.of("a|k-1|x").said()).isEqualTo("Linked before Lantern kept its reasons.");
        assertThat(linked.of("a|k-1|x").firstSeen()).isNull();
        assertThat(linked.of("b|k-2|y").said()).startsWith("Not known");
        assertThat(linked.waitingWords()).isEmpty();
        assertThat(linked.apart()).as("an answer from before decidedApart").isEmpty();
    }
}
