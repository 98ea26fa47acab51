package uk.lantern.simulator.city;

import java.util.ArrayList;
import java.util.List;

/** Choices with relative weights, kept in insertion order so that draws are reproducible. */
final class Weights<T> {

    private final List<T> items = new ArrayList<>();
    private final List<Double> cumulative = new ArrayList<>();
    private double total;

    static <T> Weights<T> of(T item, double weight) {
        return new Weights<T>().and(item, weight);
    }

    Weights<T> and(T item, double weight) {
        if (weight > 0) {
            total += weight;
            items.add(item);
            cumulative.add(total);
        }
        return this;
    }

    T draw(Pick pick) {
        double target = pick.between(0.0, total);
        for (int i = 0; i < items.size(); i++) {
            if (target < cumulative.get(i)) {
                return items.get(i);
            }
        }
        return items.get(items.size() - 1);
    }
}
