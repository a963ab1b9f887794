package org.csirtbot.observables;

/**
 * An observable and where it was found: {@code description}, {@code observables} (the form's own field),
 * {@code headers} (pasted mail headers), {@code message} (a captured Slack message), {@code note}, {@code stix}.
 */
public record FoundObservable(Observable observable, String source) {
}
