package org.csirtbot.bench.harness;

import static org.csirtbot.bench.harness.BenchmarksDoc.fmt;

/** The "Machine." paragraph of a section: the machine, its load before and after the run. */
public final class MachineNote {

    private MachineNote() {
    }

    public static String of(Machine before, String loadAfter) {
        return "**Machine.** " + before.cpu() + ", " + before.cores() + " cores, " + fmt("%,d", before.memoryMb())
                + " MiB; " + before.jdk() + "; " + before.os() + ". Load average (1, 5, 15 min) "
                + before.loadAverage() + " before the run, " + loadAfter + " after it. The harness, the fake Slack, "
                + "the store and the apps share the machine.";
    }
}
