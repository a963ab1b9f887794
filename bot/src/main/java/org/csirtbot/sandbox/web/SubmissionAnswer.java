package org.csirtbot.sandbox.web;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What Slack does with the person's forms after the bot acknowledged a submission: an empty 200 closes the
 * submitted view; {@code errors} keeps it open with the errors under the fields; {@code clear} closes every view;
 * {@code update} replaces it; {@code push} puts a new one on top. Any other answer keeps it open, as Slack does
 * when it shows "We had some trouble connecting".
 */
record SubmissionAnswer(ModalStack modals, String userId, String viewId) {

    void apply(BotAnswer answer) {
        if (!answer.sent() || answer.status() != 200) {
            return;
        }
        if (answer.body() == null || answer.body().isBlank()) {
            modals.close(userId, viewId);
            return;
        }
        JsonNode body = JsonNodes.parseOrEmpty(answer.body());
        switch (body.path("response_action").asText()) {
            case "clear" -> modals.clear(userId);
            case "update" -> modals.update(userId, viewId, body.path("view"));
            case "push" -> modals.push(userId, body.path("view"));
            case "errors" -> {
                // Slack keeps the view open; the browser shows the errors under their fields
            }
            default -> modals.close(userId, viewId);
        }
    }
}
