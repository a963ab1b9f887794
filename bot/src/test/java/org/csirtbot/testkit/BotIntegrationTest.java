package org.csirtbot.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole bot on a random port, in HTTP mode against the shared {@link TestBot#slack()} stub, with the
 * embedded store in a temporary directory. All classes so annotated share one application; the stub is
 * reset before each test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false)
@ContextConfiguration(initializers = TestBot.Configuration.class)
@ExtendWith(TestBot.FreshSlack.class)
public @interface BotIntegrationTest {
}
