package org.csirtbot.storage;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The application the storage tests start: the storage module as the bot wires it, plus a clock. */
@SpringBootApplication
class StorageTestApplication {

    @Bean
    TestClock clock() {
        return new TestClock();
    }
}
