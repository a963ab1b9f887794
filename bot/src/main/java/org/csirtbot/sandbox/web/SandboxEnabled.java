package org.csirtbot.sandbox.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/** Only in sandbox mode ({@code csirtbot.sandbox.enabled=true}, set when no Slack tokens are configured). */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ConditionalOnProperty(name = "csirtbot.sandbox.enabled", havingValue = "true")
@interface SandboxEnabled {
}
