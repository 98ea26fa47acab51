package uk.lantern.benchmarks.topology;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How busy the machine was while a benchmark ran: the 1-minute load average sampled every 2 s (start, end, mean,
 * max), this process's CPU time, and GC. The machine is shared: load above the processor count means the run did not
 * have the cores to itself.
 */
final class Machine implements AutoCloseable {

    private final List<Double> samples = new ArrayList<>();
    private final double atStart;
    private final long cpuAtStart;
    private final long wallAtStart = System.nanoTime();
    private final long[] gcAtStart = gc();
    private final Thread sampler;
    private volatile boolean stop;

    Machine() {
        atStart = load();
        cpuAtStart = cpuNanos();
        sampler = new Thread(() -> {
            while (!stop) {
                synchronized (samples) {
                    samples.add(load());
                }
                try {
                    Thread.sleep(2_000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "load-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** The figures so far. */
    Map<String, Object> report() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("available_processors", Runtime.getRuntime().availableProcessors());
        m.put("load_average_1m_at_start", round(atStart, 2));
        m.put("load_average_1m_at_end", round(load(), 2));
        synchronized (samples) {
            m.put("load_average_1m_mean", round(samples.stream().mapToDouble(d -> d).average().orElse(atStart), 2));
            m.put("load_average_1m_max", round(samples.stream().mapToDouble(d -> d).max().orElse(atStart), 2));
            m.put("load_samples", samples.size());
        }
        double wall = (System.nanoTime() - wallAtStart) / 1e9;
        double cpu = (cpuNanos() - cpuAtStart) / 1e9;
        m.put("wall_seconds", round(wall, 1));
        m.put("this_process_cpu_seconds", round(cpu, 1));
        m.put("this_process_cores_busy_mean", round(cpu / wall, 2));
        long[] gc = gc();
        m.put("gc_collections", gc[0] - gcAtStart[0]);
        m.put("gc_ms", gc[1] - gcAtStart[1]);
        m.put("note", "shared 2-core machine: other builds and tests may run alongside; the load average counts this "
                + "process too (broker, apps, load generator all in this JVM)");
        return m;
    }

    static Map<String, Object> jvm() {
        Runtime rt = Runtime.getRuntime();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", System.getProperty("java.vm.version"));
        m.put("vendor", System.getProperty("java.vm.vendor"));
        m.put("max_heap_mb", rt.maxMemory() >> 20);
        m.put("gc", ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                .toList());
        m.put("arguments", ManagementFactory.getRuntimeMXBean().getInputArguments());
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        return m;
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static long cpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    private static long[] gc() {
        long count = 0;
        long ms = 0;
        for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(b.getCollectionCount(), 0);
            ms += Math.max(b.getCollectionTime(), 0);
        }
        return new long[] {count, ms};
    }

    static double round(double v, int places) {
        double f = Math.pow(10, places);
        return Math.round(v * f) / f;
    }

    @Override
    public void close() {
        stop = true;
        sampler.interrupt();
    }
}
