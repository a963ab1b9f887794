package org.csirtbot.bench.harness;

/** Waiting in the harness's own loops (polling a process that is starting, or the triage channel). */
public final class Pause {

    private Pause() {
    }

    public static void millis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
