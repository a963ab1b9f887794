package org.csirtbot.sandbox.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;

/** Outside sandbox mode the browser client's static files are not served: with real Slack there is no sandbox. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "csirtbot.sandbox.enabled", havingValue = "false", matchIfMissing = true)
class SandboxPagesHidden {

    @Bean
    FilterRegistrationBean<Filter> sandboxPagesNotFound() {
        Filter notFound = (request, response, chain) -> ((HttpServletResponse) response)
                .sendError(HttpServletResponse.SC_NOT_FOUND);
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(notFound);
        registration.addUrlPatterns("/sandbox", "/sandbox/*");
        return registration;
    }
}
