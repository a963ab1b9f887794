package org.csirtbot.report.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import org.csirtbot.report.CapturedMessage;
import org.csirtbot.slack.ButtonClick;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.SlackRoute;
import org.csirtbot.slack.Texts;
import org.csirtbot.slack.UserLocales;
import org.csirtbot.slack.events.ReactionListener;
import org.csirtbot.slack.gateway.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;

import com.slack.api.bolt.App;
import com.slack.api.model.Message;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.event.ReactionAddedEvent;

/**
 * The report reaction ({@code CSIRTBOT_REPORT_REACTION}, {@code :csirt:} by default) on a message in a channel the bot
 * is in: the bot asks the person who added it, in a message only they see, whether to report the message. Nothing is
 * filed and nothing reaches triage until they click the button and submit the form it opens, filled from the message
 * as Slack holds it then. Other reactions, and the bot's own, are passed over.
 */
@SlackComponent
class ReportReaction implements ReactionListener, SlackRoute {

    static final String OFFER = "report_reacted_message";
    private static final Logger log = LoggerFactory.getLogger(ReportReaction.class);

    private final SlackGateway slack;
    private final MessageReportForms forms;
    private final UserLocales locales;
    private final Texts texts;
    private final String reaction;
    private final Executor work;
    private final Executor views;

    ReportReaction(SlackGateway slack, MessageReportForms forms, UserLocales locales, Texts texts,
                   ReportProperties properties, @Qualifier("slackWork") Executor work,
                   @Qualifier("slackViews") Executor views) {
        this.slack = slack;
        this.forms = forms;
        this.locales = locales;
        this.texts = texts;
        this.reaction = properties.reactionName();
        this.work = work;
        this.views = views;
    }

    @Override
    public void reactionAdded(ReactionAddedEvent event) {
        if (reaction.isEmpty() || !reaction.equals(event.getReaction()) || event.getItem() == null
                || !"message".equals(event.getItem().getType()) || event.getUser() == null) {
            return;
        }
        String channel = event.getItem().getChannel();
        String ts = event.getItem().getTs();
        try {
            work.execute(() -> offer(channel, ts, event.getUser()));
        } catch (RejectedExecutionException e) {
            log.error("Too much work queued: the offer to report message {} in {} was dropped", ts, channel);
        }
    }

    @Override
    public void register(App app) {
        app.blockAction(OFFER, (req, ctx) -> {
            ButtonClick click = ButtonClick.of(req.getPayload());
            views.execute(() -> openForm(click));
            return ctx.ack();
        });
    }

    private void offer(String channel, String ts, String user) {
        if (user.equals(slack.botUserId())) {
            return;
        }
        Locale locale = locales.of(user);
        String question = texts.get(locale, "report.reaction.question");
        ButtonElement button = ButtonElement.builder().text(plainText(texts.get(locale, "report.reaction.button")))
                .actionId(OFFER).value(channel + " " + ts).style("primary").build();
        try {
            slack.postEphemeral(channel, user, question, List.of(section(s -> s.text(plainText(question))),
                    actions(a -> a.elements(List.of(button)))));
        } catch (RuntimeException e) {
            log.warn("Could not ask {} in {} whether to report message {}: {}", user, channel, ts, e.getMessage());
        }
    }

    private void openForm(ButtonClick click) {
        String[] target = click.value() == null ? new String[0] : click.value().split(" ", 2);
        if (target.length != 2) {
            return;
        }
        Optional<Message> message;
        try {
            message = slack.message(target[0], target[1]);
        } catch (RuntimeException e) {
            log.warn("Could not read message {} in {} to report it: {}", target[1], target[0], e.getMessage());
            message = Optional.empty();
        }
        if (message.isEmpty()) {
            tell(click, texts.get(locales.now(click.user()), "report.reaction.gone"));
            return;
        }
        Message m = message.get();
        String author = m.getUser() != null ? m.getUser() : m.getBotId() != null ? m.getBotId() : "";
        forms.open(click.trigger(), click.user(), new CapturedMessage(target[0], author, target[1], null, m.getText()));
    }

    private void tell(ButtonClick click, String text) {
        try {
            slack.postEphemeral(click.channel() == null ? click.user() : click.channel(), click.user(), text);
        } catch (RuntimeException e) {
            log.warn("Could not tell {} that the message is gone: {}", click.user(), e.getMessage());
        }
    }
}
