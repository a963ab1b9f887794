package org.csirtbot.sandbox.workspace;

import org.csirtbot.testkit.fakeslack.FakeSlackWorkspace;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;

/**
 * For the tests of the fake itself: a {@link FakeSlackWorkspace} that runs for the whole test class and is reset
 * before each test, and the real Slack SDK client (the one Bolt uses) pointed at it.
 */
final class SlackSdkOnTheFake implements BeforeEachCallback, AfterAllCallback {

    static final String TOKEN = "xoxb-test";

    final FakeSlackWorkspace fake = new FakeSlackWorkspace().start();
    private final Slack slack = Slack.getInstance(config(fake, null));
    final MethodsClient client = slack.methods(TOKEN);

    @Override
    public void beforeEach(ExtensionContext context) {
        fake.reset();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        slack.close();
        fake.stop();
    }

    /** The SDK's settings for the fake, with a read timeout (null: the SDK's own). */
    static SlackConfig config(FakeSlackWorkspace workspace, Integer readTimeoutMillis) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(workspace.baseUrl());
        config.setStatsEnabled(false); // no auth.test call per token behind the test's back
        config.setHttpClientReadTimeoutMillis(readTimeoutMillis);
        return config;
    }
}
