package org.csirtbot.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The README's first steps in a real browser: the packaged jar started without Slack tokens (sandbox mode) and its
 * page driven in headless Chromium, only by clicking and typing as people do. An employee reports, a responder opens
 * an incident from triage, its room opens, a playbook step is done, a decision is asked and an executive approves
 * it, and the room's pinned summary shows it; then the commander pins a message of theirs and edits it. Each step leaves a screenshot in {@code target/e2e-screenshots/}.
 * <p>
 * Debian's {@code chromium} and {@code chromium-driver}, at their fixed paths: Selenium never looks for or downloads a
 * driver. Skipped when they are missing, unless {@code CSIRTBOT_E2E_REQUIRED=1} (as CI sets it).
 */
class SandboxInBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "e2e-screenshots");
    private static final String EMPLOYEE = "U0EMPLOY1";
    private static final String COMMANDER = "U0RESPOND1";
    private static final String EXECUTIVE = "U0EXECUT1";

    @TempDir
    Path data;
    @TempDir
    Path profile;
    private JarBot bot;
    private ChromeDriver browser;

    @BeforeEach
    void startTheJarAndTheBrowser() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String missing = "the end-to-end test needs Debian's chromium and chromium-driver (" + CHROMIUM + ", "
                + CHROMEDRIVER + "): apt-get install chromium chromium-driver";
        if ("1".equals(System.getenv("CSIRTBOT_E2E_REQUIRED"))) {
            assertThat(installed).as(missing + " (CSIRTBOT_E2E_REQUIRED=1)").isTrue();
        }
        Assumptions.assumeTrue(installed, missing);
        Path logs = Files.createDirectories(Path.of("target", "blackbox-logs", getClass().getSimpleName()));
        bot = JarBot.sandboxMode(data, logs).start();
        browser = headlessChromium(profile, logs);
    }

    /** The system's driver, named explicitly, so that Selenium Manager is never asked for one. */
    private static ChromeDriver headlessChromium(Path profile, Path logs) {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .withLogFile(logs.resolve("chromedriver.log").toFile()).build();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless=new",
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=1280,1000");
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (bot != null) {
            bot.close();
        }
    }

    @Test
    void aReportBecomesAnIncidentWhoseDecisionIsApprovedAndShownInThePinnedSummary() {
        browser.get("http://localhost:" + bot.port() + "/sandbox");
        SandboxPage page = new SandboxPage(browser, SCREENSHOTS);

        page.actAs(EMPLOYEE);
        page.open("general");
        page.type("/report A mail asked for my password");
        page.formOpen("report_submit");
        page.choose("report_submit", "category", "phishing_mail");
        page.fill("report_submit", "when", "this morning, 09:10");
        page.fill("report_submit", "system", "my mailbox");
        page.submit("report_submit");
        String received = page.formShowing("report_received", "RPT-");
        assertThat(received).containsPattern("RPT-\\d{4}-\\d{6}");
        page.screenshot("01-report");
        page.closeForm("report_received");

        page.actAs(COMMANDER);
        page.open("csirt-triage");
        String report = page.messageShowing("A mail asked for my password");
        page.screenshot("02-triage");
        page.clickInMessage(report, "triage_declare");
        page.formOpen("incident_declare");
        page.fill("incident_declare", "title", "Phishing wave");
        page.choose("incident_declare", "severity", "S3");
        page.screenshot("03-declare");
        page.submit("incident_declare");

        String room = page.open("inc-");
        assertThat(room).endsWith("-phishing-wave");
        page.pinnedShowing("Phishing wave", "Triage", "Chris Morgan");
        page.messageShowing("This incident’s category fits");
        page.screenshot("04-room");

        page.clickInMessage(null, "playbook_start_phishing-report");
        page.messageShowing("Shared intake");
        page.clickInMessage(null, "playbook_complete");
        page.pinnedShowing("1 of 26 steps over");
        page.screenshot("05-playbook-step");

        page.type("/incident decide Take the mail server offline?");
        page.formOpen("incident_decide");
        page.fill("incident_decide", "options", "Take it offline\nKeep it running and watch it");
        page.fill("incident_decide", "chosen", "Take it offline");
        page.fill("incident_decide", "rationale", "It sends the phishing mail on to customers");
        page.choose("incident_decide", "approval", "executive");
        page.choose("incident_decide", "approver", EXECUTIVE);
        page.submit("incident_decide");
        page.pinnedShowing("DEC-1", "Take the mail server offline?", "waiting for approval by @Grace Lee");
        page.screenshot("06-decision-asked");

        page.actAs(EXECUTIVE);
        page.open("csirtbot");
        String request = page.messageShowing("Approval needed: DEC-1");
        page.clickInMessage(request, "decision_approve");
        page.formOpen("decision_review");
        page.fill("decision_review", "reason", "Agreed: stop the spread first");
        page.screenshot("07-approval");
        page.submit("decision_review");
        page.messageOnceItShows(request, "approved by @Grace Lee");

        page.actAs(COMMANDER);
        page.open("inc-");
        String summary = page.pinnedShowing("approved by @Grace Lee");
        assertThat(summary).contains("DEC-1", "Take the mail server offline?", "Take it offline",
                "proposed by @Chris Morgan", "1 in all, 0 waiting for approval", "1 of 26 steps over");
        page.screenshot("08-summary");

        page.actAs(EXECUTIVE);
        page.open("csirt-exec");
        assertThat(page.pinnedShowing("Phishing wave", "DEC-1")).contains("S3 Medium", "Take it offline",
                "Chris Morgan");
        page.screenshot("08b-executive-channel");
        page.actAs(COMMANDER);
        page.open("inc-");

        page.type("The phishing mail came from it-support@example.net");
        String mine = page.messageShowing("it-support@example.net");
        page.react(mine, "pushpin");
        page.messageShowing("Captured in the timeline of INC-");
        page.edit(mine, "The phishing mail came from it-support@example.org");
        assertThat(page.messageOnceItShows(mine, "(edited)")).contains("example.org").doesNotContain("example.net");
        page.screenshot("09-edit");
    }
}
