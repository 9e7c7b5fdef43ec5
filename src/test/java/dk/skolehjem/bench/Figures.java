package dk.skolehjem.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Timings collected in a scenario, and the few statistics the report prints (median, percentiles, rates). */
final class Figures {

    private final List<Double> values = Collections.synchronizedList(new ArrayList<>());

    void add(double value) {
        values.add(value);
    }

    void addAll(Figures other) {
        synchronized (other.values) {
            values.addAll(other.values);
        }
    }

    int count() {
        return values.size();
    }

    double median() {
        return percentile(50);
    }

    double percentile(double p) {
        List<Double> sorted;
        synchronized (values) {
            sorted = new ArrayList<>(values);
        }
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    double max() {
        return percentile(100);
    }

    static double millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000.0;
    }
}
