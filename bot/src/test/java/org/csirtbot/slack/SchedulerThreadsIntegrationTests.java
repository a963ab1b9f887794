package org.csirtbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.csirtbot.testkit.BotIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.ScheduledAnnotationBeanPostProcessor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Every scheduled task has a thread of its own, so one that waits on a slow Slack (recovery, archiving) never delays
 * another (the playbook clocks that warn of APPI and GDPR deadlines, an exercise's injects).
 */
@BotIntegrationTest
class SchedulerThreadsIntegrationTests {

    @Autowired
    ScheduledAnnotationBeanPostProcessor scheduled;
    @Autowired
    ThreadPoolTaskScheduler scheduler;

    @Test
    void eachScheduledTaskHasAThreadOfItsOwn() {
        int tasks = scheduled.getScheduledTasks().size();

        assertThat(tasks).as("recovery, log promises, playbook clocks, exercises, purge, pruning, archiving, reload, "
                + "room summaries, executive summaries, digest").isGreaterThanOrEqualTo(11);
        assertThat(scheduler.getPoolSize()).isGreaterThanOrEqualTo(tasks);
    }
}
