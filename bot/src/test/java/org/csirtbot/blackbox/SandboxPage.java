package org.csirtbot.blackbox;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The sandbox's browser client as a person uses it, found by its {@code data-*} attributes: switch person, open a
 * channel, type in the message box, click a message's button, fill and submit a form. The page polls the workspace
 * and redraws what changed, so every step waits until the element is there (and clicks again if it was redrawn).
 */
final class SandboxPage {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final WebDriver browser;
    private final WebDriverWait wait;
    private final Path screenshots;

    SandboxPage(WebDriver browser, Path screenshots) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser, PATIENCE, Duration.ofMillis(100));
        wait.ignoring(NoSuchElementException.class).ignoring(StaleElementReferenceException.class)
                .ignoring(ElementClickInterceptedException.class);
        this.screenshots = screenshots;
    }

    /** Clicks the person in the people switcher and waits until the page acts as them. */
    void actAs(String userId) {
        click(By.cssSelector("[data-person='" + userId + "']"));
        wait.until(d -> d.findElement(By.cssSelector("[data-person='" + userId + "']")).getAttribute("class")
                .contains("current"));
    }

    /** Opens the channel (or DM) whose name starts with {@code prefix}, once it is listed; its name. */
    String open(String prefix) {
        By channel = By.cssSelector("[data-channel^='" + prefix + "']");
        String name = wait.until(d -> d.findElement(channel).getAttribute("data-channel"));
        click(channel);
        wait.until(d -> d.findElement(channel).getAttribute("class").contains("current"));
        return name;
    }

    /** Types into the message box and sends it with Enter, as a person types a slash command. */
    void type(String text) {
        WebElement box = wait.until(d -> d.findElement(By.cssSelector("[data-composer]")));
        box.sendKeys(text);
        box.sendKeys(Keys.ENTER);
    }

    /** Waits until a message of the open conversation shows {@code text}; that message's ts. */
    String messageShowing(String text) {
        return wait.until(d -> messages(d).stream().filter(m -> m.getText().contains(text)).reduce((a, b) -> b)
                .map(m -> m.getAttribute("data-ts")).orElse(null));
    }

    /** The text of the message with this ts, once it shows {@code expected}. */
    String messageOnceItShows(String ts, String expected) {
        By message = By.cssSelector("article[data-ts='" + ts + "']");
        return wait.until(d -> {
            String text = d.findElement(message).getText();
            return text.contains(expected) ? text : null;
        });
    }

    /** The pinned message of the open conversation, once it shows every one of {@code expected}; its text. */
    String pinnedShowing(String... expected) {
        By pinned = By.cssSelector("#messages article[data-pinned='true']");
        String text = wait.until(d -> {
            String shown = d.findElement(pinned).getText();
            return List.of(expected).stream().allMatch(shown::contains) ? shown : null;
        });
        scrollTo(pinned);
        return text;
    }

    /** Clicks the button with this action id in the message {@code ts} (the last such button when ts is null). */
    void clickInMessage(String ts, String actionIdPrefix) {
        String scope = ts == null ? "#messages" : "#messages article[data-ts='" + ts + "']";
        By button = By.cssSelector(scope + " [data-action-id^='" + actionIdPrefix + "']");
        wait.until(d -> {
            List<WebElement> buttons = d.findElements(button);
            if (buttons.isEmpty()) {
                return false;
            }
            buttons.get(buttons.size() - 1).click();
            return true;
        });
    }

    /** Adds a reaction to a message with the box under it, and waits until it shows. */
    void react(String ts, String name) {
        String message = "#messages article[data-ts='" + ts + "']";
        WebElement box = wait.until(d -> d.findElement(By.cssSelector(message + " .react-input")));
        box.sendKeys(":" + name + ":");
        box.sendKeys(Keys.ENTER);
        wait.until(d -> !d.findElements(By.cssSelector(message + " .reaction")).isEmpty());
    }

    /** Edits the person's own message with its Edit control, typing the new text, and saves it. */
    void edit(String ts, String text) {
        click(By.cssSelector("[data-edit='" + ts + "']"));
        WebElement box = wait.until(d -> d.findElement(By.cssSelector("[data-edit-box='" + ts + "']")));
        box.clear();
        box.sendKeys(text);
        click(By.cssSelector("[data-edit-save='" + ts + "']"));
    }

    /** Waits until the form with this callback id is open. */
    void formOpen(String callbackId) {
        wait.until(d -> d.findElement(form(callbackId)).isDisplayed());
    }

    /** Types into a text field of the open form. */
    void fill(String callbackId, String blockId, String text) {
        By field = By.cssSelector("[data-callback-id='" + callbackId + "'] [data-block-id='" + blockId + "'] input,"
                + "[data-callback-id='" + callbackId + "'] [data-block-id='" + blockId + "'] textarea");
        WebElement input = wait.until(d -> d.findElement(field));
        input.clear();
        input.sendKeys(text);
    }

    /** Chooses an option (by its value) in a select of the open form. */
    void choose(String callbackId, String blockId, String value) {
        By select = By.cssSelector("[data-callback-id='" + callbackId + "'] [data-block-id='" + blockId + "'] select");
        new Select(wait.until(d -> d.findElement(select))).selectByValue(value);
    }

    void submit(String callbackId) {
        click(By.cssSelector("[data-callback-id='" + callbackId + "'] [data-submit]"));
    }

    /** Closes the form that is open now (its Close or Cancel), waiting until it is gone. */
    void closeForm(String callbackId) {
        click(By.cssSelector("[data-callback-id='" + callbackId + "'] [data-close]"));
        wait.until(d -> d.findElements(form(callbackId)).isEmpty());
    }

    /** The text of the open form, once it shows {@code expected}. */
    String formShowing(String callbackId, String expected) {
        return wait.until(d -> {
            String text = d.findElement(form(callbackId)).getText();
            return text.contains(expected) ? text : null;
        });
    }

    /** Keeps what the page shows now as {@code target/e2e-screenshots/<name>.png}. */
    void screenshot(String name) {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        try {
            Files.createDirectories(screenshots);
            Files.copy(shot.toPath(), screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void click(By by) {
        wait.until(d -> {
            d.findElement(by).click();
            return true;
        });
    }

    /** Scrolls the conversation so that the element shows from its top, below the channel's header. */
    private void scrollTo(By by) {
        wait.until(d -> {
            ((JavascriptExecutor) d).executeScript("const box = document.getElementById('messages');"
                    + "const head = box.querySelector('.channel-head');"
                    + "box.scrollTop = arguments[0].offsetTop - box.offsetTop - (head ? head.offsetHeight : 0) - 8;",
                    d.findElement(by));
            return true;
        });
    }

    private static List<WebElement> messages(WebDriver d) {
        return d.findElements(By.cssSelector("#messages article[data-ts]"));
    }

    private static By form(String callbackId) {
        return By.cssSelector("form[data-callback-id='" + callbackId + "']");
    }
}
