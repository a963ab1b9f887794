package org.csirtbot.observables;

import java.util.List;

/** What one scanner found at {@code [start, end)} of the text: one observable, or a URL and then its host. */
record Found(int start, int end, List<Observable> observables) {

    Found(int start, int end, Observable observable) {
        this(start, end, List.of(observable));
    }
}
