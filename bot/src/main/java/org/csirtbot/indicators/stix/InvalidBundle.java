package org.csirtbot.indicators.stix;

import java.util.List;

/** A bundle refused whole, nothing of it stored: every problem found, each saying where and what to fix. */
public class InvalidBundle extends RuntimeException {

    private final List<String> problems;

    InvalidBundle(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
