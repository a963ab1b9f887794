package org.csirtbot.improvements;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Where an improvement item stands; open and in progress are still owed, done and dropped are settled. */
public enum ImprovementStatus {
    OPEN, IN_PROGRESS, DONE, DROPPED;

    /** The statuses still owed: reminded when due, and listed as the owner's. */
    static final List<ImprovementStatus> OWED = List.of(OPEN, IN_PROGRESS);

    public String code() {
        return name().toLowerCase();
    }

    public boolean settled() {
        return !OWED.contains(this);
    }

    /** The status as typed: {@code done}, {@code in_progress} or {@code in-progress}, in any case. */
    public static Optional<ImprovementStatus> of(String typed) {
        String code = typed == null ? "" : typed.strip().toLowerCase().replace('-', '_');
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }

    static List<String> codes(List<ImprovementStatus> statuses) {
        return statuses.stream().map(ImprovementStatus::code).toList();
    }
}
