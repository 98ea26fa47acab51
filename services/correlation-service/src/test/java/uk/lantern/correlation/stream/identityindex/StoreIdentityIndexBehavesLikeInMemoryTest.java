package uk.lantern.correlation.stream.identityindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lantern.correlation.identity.IdentityIndex;
import uk.lantern.correlation.identity.IdentityLink;
import uk.lantern.correlation.identity.IdentityLink.Reason;
import uk.lantern.correlation.identity.InMemoryIdentityIndex;
import uk.lantern.correlation.identity.PersonRecord;

/**
 * Seeded random sequences of writes, applied to the plain-map index and to the store index: after every write, every
 * answer either gives (records, blocks, children and their members in order, links in order, rejections) is the same,
 * the writes that forget a record included.
 */
class StoreIdentityIndexBehavesLikeInMemoryTest {
    private static final List<String> IDS = List.of("a", "b", "ab", "rec-1", "rec-10", "c");
    private static final List<String> CHILDREN = List.of("child-1", "child-2", "child-10");
    private static final List<String> KEYS = List.of("ny:JNS:2010", "dob:2010:1:4", "pc:PE12AB:a");

    @TempDir
    Path stateDir;

    @Test
    void over_in_memory_stores_every_answer_matches_after_every_write() {
        for (long seed = 1; seed <= 30; seed++) {
            try (MockStores stores = MockStores.inMemory()) {
                compare(seed, 100, stores::index);
            }
        }
    }

    @Test
    void over_rocksdb_stores_every_answer_matches_after_every_write() {
        for (long seed = 1; seed <= 3; seed++) {
            try (MockStores stores = MockStores.rocksDb(stateDir.resolve("seed-" + seed))) {
                compare(seed, 100, stores::index);
            }
        }
    }

    private static void compare(long seed, int writes, Supplier<StoreIdentityIndex> stores) {
        Random random = new Random(seed);
        IdentityIndex expected = new InMemoryIdentityIndex();
        IdentityIndex actual = stores.get();
        List<String> done = new ArrayList<>();
        for (int i = 0; i < writes; i++) {
            String a = pick(random, IDS);
            String b = pick(random, IDS);
            String write = switch (random.nextInt(12)) {
                case 0 -> {
                    PersonRecord record = PersonRecord.builder(a).givenName("n" + random.nextInt(3)).build();
                    yield apply(expected, actual, "putRecord " + a, index -> index.putRecord(record));
                }
                case 1 -> {
                    String key = pick(random, KEYS);
                    yield apply(expected, actual, "addToBlock " + key + " " + a, index -> index.addToBlock(key, a));
                }
                case 2 -> {
                    String child = pick(random, CHILDREN);
                    yield apply(expected, actual, "assign " + a + " " + child, index -> index.assign(a, child));
                }
                case 3 -> {
                    IdentityLink link = new IdentityLink(a, b, pick(random, List.of(Reason.values())),
                            random.nextInt(40) / 2.0, "FAMILY_NAME", "write " + i);
                    yield apply(expected, actual, "putLink " + a + " " + b, index -> index.putLink(link));
                }
                case 4 -> apply(expected, actual, "removeLink " + a + " " + b, index -> index.removeLink(a, b));
                case 5 -> apply(expected, actual, "reject " + a + " " + b, index -> index.reject(a, b));
                case 6 -> apply(expected, actual, "putToReview " + a + " " + b, index -> index.putToReview(a, b));
                case 7 -> apply(expected, actual, "unreject " + a + " " + b, index -> index.unreject(a, b));
                case 8 -> apply(expected, actual, "removeRecord " + a, index -> index.removeRecord(a));
                case 9 -> {
                    String key = pick(random, KEYS);
                    yield apply(expected, actual, "removeFromBlock " + key + " " + a,
                            index -> index.removeFromBlock(key, a));
                }
                case 10 -> apply(expected, actual, "unassign " + a, index -> index.unassign(a));
                default -> apply(expected, actual, "unreview " + a + " " + b, index -> index.unreview(a, b));
            };
            done.add(write);
            assertThat(answers(actual)).as("seed %d after %s", seed, done).isEqualTo(answers(expected));
        }
    }

    private static String apply(IdentityIndex expected, IdentityIndex actual, String write,
                                Consumer<IdentityIndex> change) {
        change.accept(expected);
        change.accept(actual);
        return write;
    }

    /** Everything the index answers about the ids, children and keys in play, in the order it answers. */
    private static Map<String, Object> answers(IdentityIndex index) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (String a : IDS) {
            answers.put("record " + a, index.record(a));
            answers.put("childOf " + a, index.childOf(a));
            answers.put("linksOf " + a, List.copyOf(index.linksOf(a)));
            answers.put("reviewedWith " + a, List.copyOf(index.reviewedWith(a)));
            for (String b : IDS) {
                answers.put("rejected " + a + " " + b, index.rejected(a, b));
            }
        }
        CHILDREN.forEach(child -> answers.put("members " + child, List.copyOf(index.members(child))));
        KEYS.forEach(key -> answers.put("block " + key, List.copyOf(index.block(key))));
        return answers;
    }

    private static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
