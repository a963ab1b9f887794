package org.csirtbot.sandbox.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** Slash commands as Slack sends them: form fields, in the order of Slack's own sample. */
public final class CommandForms {

    private final SandboxApp app;

    public CommandForms(SandboxApp app) {
        this.app = app;
    }

    /** The form of {@code command text} typed by the user in the channel; a mutable ordered map. */
    public Map<String, String> slashCommand(Named user, Named channel, String command, String text, String responseUrl,
                                            String triggerId) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", app.verificationToken());
        form.put("team_id", app.teamId());
        form.put("team_domain", app.teamDomain());
        form.put("channel_id", channel.id());
        form.put("channel_name", channel.name());
        form.put("user_id", user.id());
        form.put("user_name", user.name());
        form.put("command", command);
        form.put("text", text);
        form.put("api_app_id", app.appId());
        form.put("is_enterprise_install", "false");
        form.put("response_url", responseUrl);
        form.put("trigger_id", triggerId);
        return form;
    }
}
