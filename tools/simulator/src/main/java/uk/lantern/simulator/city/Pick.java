package uk.lantern.simulator.city;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/** Random choices for the city, all from one seeded generator so that a seed replays exactly. */
final class Pick {

    private final SplittableRandom random;

    Pick(SplittableRandom random) {
        this.random = random;
    }

    /** An independent stream, so that one child's story does not shift another's. */
    Pick split() {
        return new Pick(random.split());
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    int between(int minInclusive, int maxInclusive) {
        return random.nextInt(minInclusive, maxInclusive + 1);
    }

    double between(double minInclusive, double maxExclusive) {
        return random.nextDouble(minInclusive, maxExclusive);
    }

    /** Exponentially distributed, for waiting times. */
    double exponential(double mean) {
        return -mean * Math.log(1.0 - random.nextDouble());
    }

    /** Lomax (Pareto II) distributed: a heavy tail, for repeat missing. */
    double heavyTail(double scale, double shape) {
        return scale * (Math.pow(1.0 - random.nextDouble(), -1.0 / shape) - 1.0);
    }

    /** {@code count} different numbers from 1 to {@code highest}. */
    Set<Integer> choose(int count, int highest) {
        List<Integer> numbers = new ArrayList<>(highest);
        for (int number = 1; number <= highest; number++) {
            numbers.add(number);
        }
        for (int i = 0; i < count; i++) {
            Collections.swap(numbers, i, random.nextInt(i, highest));
        }
        return Set.copyOf(numbers.subList(0, count));
    }

    <T> T oneOf(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    String digits(int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }

    String letters(int count, String alphabet) {
        StringBuilder letters = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            letters.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return letters.toString();
    }
}
