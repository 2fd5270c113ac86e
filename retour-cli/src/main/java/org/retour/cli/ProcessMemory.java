package org.retour.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * The memory this process holds in RAM (heap, the database's page cache, mapped index and database
 * pages, the JVM's own), as Linux reports it in {@code /proc/self/status}; empty elsewhere.
 */
final class ProcessMemory {

    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

    private ProcessMemory() {
    }

    /** The most resident memory since the process started or since {@link #resetPeak}, in bytes. */
    static OptionalLong peakResidentBytes() {
        return field("VmHWM:");
    }

    /** The resident memory now, in bytes. */
    static OptionalLong residentBytes() {
        return field("VmRSS:");
    }

    /** Starts the peak again from the memory resident now, where the system allows it. */
    static void resetPeak() {
        try {
            Files.writeString(CLEAR_REFS, "5");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // the peak then counts from the start of the process
        }
    }

    /** A "Name:   123 kB" line of the status file, in bytes. */
    static OptionalLong parse(String status, String name) {
        for (String line : status.split("\n")) {
            if (line.startsWith(name)) {
                String[] parts = line.substring(name.length()).strip().split("\\s+");
                try {
                    long kb = Long.parseLong(parts[0]);
                    return OptionalLong.of(kb * 1024);
                } catch (NumberFormatException e) {
                    return OptionalLong.empty();
                }
            }
        }
        return OptionalLong.empty();
    }

    private static OptionalLong field(String name) {
        try {
            return parse(Files.readString(STATUS), name);
        } catch (IOException | SecurityException e) {
            return OptionalLong.empty();
        }
    }
}
