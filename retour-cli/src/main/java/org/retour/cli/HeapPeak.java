package org.retour.cli;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The most heap in use at once since {@link #reset}: the heap is fullest just before a collection, so
 * each collection reports the sum of its heap pools as they were then, and the highest sum wins.
 *
 * <p>Design decision: the per-pool peaks of {@link MemoryPoolMXBean} reach their highs at different
 * moments (eden just before a young collection, the old generation later, both survivor spaces in
 * turn); their sum overstates the peak, above the heap's own limit with the parallel collector.
 *
 * <p>Thread-safe; close it to stop listening.
 */
final class HeapPeak implements AutoCloseable {

    private final AtomicLong peak = new AtomicLong();
    private final Set<String> heapPools = new HashSet<>();
    private final NotificationListener listener = this::collected;

    /** Starts listening to every collector of this JVM. */
    HeapPeak() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPools.add(pool.getName());
            }
        }
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter e) {
                e.addNotificationListener(listener, null, null);
            }
        }
        reset();
    }

    /** Forgets the peak so far; the heap in use now is the new starting point. */
    void reset() {
        peak.set(used());
    }

    /** The most heap in use at once since the last reset, in bytes. */
    long bytes() {
        return Math.max(peak.get(), used());
    }

    /**
     * The heap's limit ({@code -Xmx}) in bytes. {@link Runtime#maxMemory} leaves out a survivor space
     * with some collectors, so a peak may exceed it while staying under the limit.
     */
    static long limitBytes() {
        try {
            var hotspot = ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
            return Long.parseLong(hotspot.getVMOption("MaxHeapSize").getValue());
        } catch (RuntimeException e) {
            return Runtime.getRuntime().maxMemory();
        }
    }

    private static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private void collected(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long sum = 0;
        for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageBeforeGc().entrySet()) {
            if (heapPools.contains(e.getKey())) {
                sum += e.getValue().getUsed();
            }
        }
        peak.accumulateAndGet(sum, Math::max);
    }

    @Override
    public void close() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter e) {
                try {
                    e.removeNotificationListener(listener);
                } catch (ListenerNotFoundException ignored) {
                    // never added
                }
            }
        }
    }
}
