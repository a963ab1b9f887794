package org.csirtbot.slack;

import java.io.IOException;
import java.util.Locale;

import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import com.slack.api.model.view.View;

/** What a submitted form does, told who submitted it, the form as submitted and the language to answer in. */
@FunctionalInterface
public interface FormSubmission {

    Response handle(String user, View view, Locale locale, ViewSubmissionContext ctx)
            throws IOException, SlackApiException;

    /** Bolt's handler of the submission; the language is the one known now, as the answer cannot wait for Slack. */
    static ViewSubmissionHandler handler(UserLocales locales, FormSubmission submission) {
        return (req, ctx) -> {
            String user = req.getPayload().getUser().getId();
            return submission.handle(user, req.getPayload().getView(), locales.now(user), ctx);
        };
    }
}
