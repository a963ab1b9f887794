package org.csirtbot.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.csirtbot.sandbox.workspace.SlackWorkspace;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

/**
 * Serves the sandbox's Web API to the bot on a loopback port of its own, up before any bean is made: Bolt checks its
 * token with auth.test while the application starts, before the application's own server takes requests. Makes the
 * workspace (the {@code sandboxWorkspace} bean) and tells the bot where to call ({@link #PORT}).
 */
final class SandboxWebApiServer implements BeanFactoryPostProcessor, DisposableBean {

    /** The port the bot's Web API calls go to, set once this server listens. */
    static final String PORT = "csirtbot.sandbox.web-api-port";

    private final ConfigurableEnvironment environment;
    private final ExecutorService threads = Executors.newFixedThreadPool(4, SandboxWebApiServer::daemon);
    private final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor(SandboxWebApiServer::daemon);
    private HttpServer server;

    SandboxWebApiServer(ConfigurableEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beans) {
        SlackWorkspace workspace = new SlackWorkspace();
        SandboxPeople.seed(workspace);
        beans.registerSingleton("sandboxWorkspace", workspace);
        SandboxWebApi api = new SandboxWebApi(workspace, new ObjectMapper());
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("The sandbox's Web API cannot listen", e);
        }
        server.createContext(SandboxWebApi.PATH, new SandboxWebApiHandler(api, later, () -> 0, (method, status) -> { }));
        server.setExecutor(threads);
        server.start();
        environment.getPropertySources().addFirst(new MapPropertySource("sandbox-web-api",
                Map.of(PORT, server.getAddress().getPort())));
    }

    @Override
    public void destroy() {
        if (server != null) {
            server.stop(0);
        }
        later.shutdownNow();
        threads.shutdownNow();
    }

    private static Thread daemon(Runnable work) {
        Thread thread = new Thread(work, "sandbox-web-api");
        thread.setDaemon(true);
        return thread;
    }
}
