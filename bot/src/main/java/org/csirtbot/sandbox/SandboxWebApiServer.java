package org.csirtbot.sandbox;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.csirtbot.sandbox.workspace.SlackAnswer;
import org.csirtbot.sandbox.workspace.SlackWorkspace;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
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
        server.createContext(SandboxWebApi.PATH, exchange -> serve(api, exchange));
        server.setExecutor(threads);
        server.start();
        environment.getPropertySources().addFirst(new MapPropertySource("sandbox-web-api",
                Map.of(PORT, server.getAddress().getPort())));
    }

    private void serve(SandboxWebApi api, HttpExchange exchange) throws IOException {
        String method = exchange.getRequestURI().getPath().substring(SandboxWebApi.PATH.length());
        SlackAnswer answer = api.answer(method, exchange.getRequestHeaders().getFirst("Content-Type"),
                exchange.getRequestBody().readAllBytes(), exchange.getRequestHeaders().getFirst("Authorization"));
        if (answer.resetConnection()) {
            exchange.close(); // no answer at all
        } else if (answer.delay().isZero()) {
            send(exchange, answer);
        } else {
            later.schedule(() -> send(exchange, answer), answer.delay().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private static void send(HttpExchange exchange, SlackAnswer answer) {
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = exchange.getResponseBody()) {
            exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            answer.headers().forEach(exchange.getResponseHeaders()::set);
            exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
            out.write(body);
        } catch (IOException e) {
            exchange.close(); // the bot gave up waiting
        }
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
